package org.rapport.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitSummary;
import org.rapport.directory.PersonSummary;
import org.rapport.directory.UnitKind;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.RoleGroup;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scorecards per quarter for each person in IT, each IT group and the whole organisation,
 * built from what Rapport measures, each figure explained and set beside the quarter
 * before. A quarter's scorecards are frozen when it ends, so a past quarter never
 * changes. Fairness by design: a person sees their own scorecard, an IT leader those of
 * the groups they lead and of their people, the head of relationship management, the CIO
 * and administrators every one; the organisation's is everyone's. No list ranks people.
 */
@Service
@Transactional(readOnly = true)
public class Scorecards {

	private static final TypeReference<List<ScorecardMeasures.Measure>> MEASURES = new TypeReference<>() {
	};

	private final ScorecardMeasures measures;

	private final DirectoryManagement directory;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final MessageSource messages;

	private final RecognitionSettings settings;

	private final ScorecardReport report;

	private final Clock clock;

	Scorecards(ScorecardMeasures measures, DirectoryManagement directory, JdbcClient jdbc, JsonMapper json,
			MessageSource messages, RecognitionSettings settings, ScorecardReport report, Clock clock) {
		this.report = report;
		this.measures = measures;
		this.directory = directory;
		this.jdbc = jdbc;
		this.json = json;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The quarter now.
	 * @return the current fiscal quarter
	 */
	public ScorecardPeriod currentPeriod() {
		return ScorecardPeriod.containing(LocalDate.now(this.clock), this.settings.fiscalYearStart());
	}

	/**
	 * The quarter a name gives, in Rapport's fiscal year.
	 * @param text such as {@code 2026-Q4}; blank for the current quarter
	 * @return the quarter
	 */
	public ScorecardPeriod period(String text) {
		return (text == null || text.isBlank()) ? currentPeriod()
				: ScorecardPeriod.of(text, this.settings.fiscalYearStart());
	}

	/**
	 * A scorecard the caller may see.
	 * @param period the quarter, blank for the current one
	 * @param scope whose
	 * @param id the person or IT group; ignored for the organisation
	 * @param locale the reader's language, for the explanations
	 * @return the scorecard: frozen for a quarter that has ended and been frozen, as the
	 * data stands now otherwise
	 * @throws InvalidInputException naming {@code period} or {@code id} (missing, not a
	 * person in IT, not an IT group)
	 * @throws AccessDeniedException when the caller may not see it
	 */
	@PreAuthorize("isAuthenticated()")
	public Scorecard scorecard(String period, ScorecardScope scope, Long id, Locale locale) {
		ScorecardPeriod quarter = period(period);
		if (scope == null) {
			throw new InvalidInputException("scope", "recognition.scorecard.scope");
		}
		long scopeId = (scope == ScorecardScope.ORGANISATION) ? 0 : requireId(id);
		String name = requireVisible(scope, scopeId);
		Optional<List<ScorecardMeasures.Measure>> frozen = frozen(quarter, scope, scopeId);
		List<ScorecardMeasures.Measure> now = frozen.orElseGet(() -> this.measures.measure(scope, scopeId, quarter));
		List<ScorecardMeasures.Measure> before = frozen(quarter.previous(), scope, scopeId)
			.orElseGet(() -> this.measures.measure(scope, scopeId, quarter.previous()));
		Map<String, Double> previous = new HashMap<>();
		before.forEach((measure) -> previous.put(measure.name(), measure.value()));
		List<Scorecard.Figure> figures = new ArrayList<>();
		for (ScorecardMeasures.Measure measure : now) {
			Double was = previous.get(measure.name());
			Double trend = (measure.value() != null && was != null) ? Math.round((measure.value() - was) * 10) / 10.0
					: null;
			String code = "recognition.scorecard." + measure.name()
					+ ((measure.value() == null) ? ".none" : ".explain");
			figures.add(new Scorecard.Figure(measure.name(), measure.value(), trend,
					this.messages.getMessage(code, measure.arguments().toArray(), locale)));
		}
		return new Scorecard(quarter.toString(), scope, (scope == ScorecardScope.ORGANISATION) ? null : scopeId, name,
				frozen.isPresent(), List.copyOf(figures));
	}

	/**
	 * A scorecard the caller may see as a PDF for a performance review, with the
	 * quarter's goals.
	 * @param period the quarter, blank for the current one
	 * @param scope whose
	 * @param id the person or IT group; ignored for the organisation
	 * @param goals the goals of the quarter, as {@link Goals} reads them
	 * @param locale the reader's language
	 * @return the PDF
	 */
	@PreAuthorize("isAuthenticated()")
	public byte[] pdf(String period, ScorecardScope scope, Long id, List<GoalSummary> goals, Locale locale) {
		return this.report.pdf(scorecard(period, scope, id, locale), goals, LocalDate.now(this.clock), locale);
	}

	/**
	 * The IT groups the caller leads, for the team view.
	 * @return the groups, the caller's own first; empty for those who lead none
	 */
	@PreAuthorize("isAuthenticated()")
	public List<OrgUnitSummary> ledGroups() {
		Viewer viewer = viewer();
		return viewer.led()
			.stream()
			.map(this.directory::unit)
			.filter((unit) -> unit.kind() == UnitKind.IT_GROUP)
			.toList();
	}

	/**
	 * Freezes the scorecards of the quarter that ended last, unless frozen already: the
	 * quarterly job's run. Every person who owned a relationship or received kudos in it,
	 * every IT group holding a relationship, and the organisation. Nodes that run it at
	 * once write each scorecard once.
	 * @return the scorecards frozen by this call
	 */
	@Transactional
	int freezeLastQuarter() {
		return freezeQuarter(currentPeriod().previous());
	}

	/**
	 * Freezes the scorecards of an ended quarter now, for the demo organisation's history
	 * of earlier quarters; the quarterly job freezes each quarter as it ends.
	 * @param period the quarter
	 * @return the scorecards frozen
	 * @throws InvalidInputException naming {@code period} when the quarter has not ended
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public int freeze(String period) {
		ScorecardPeriod quarter = period(period);
		if (!quarter.end().isBefore(LocalDate.now(this.clock))) {
			throw new InvalidInputException("period", "recognition.scorecard.notEnded", quarter.toString());
		}
		return freezeQuarter(quarter);
	}

	private int freezeQuarter(ScorecardPeriod quarter) {
		if (this.jdbc.sql("select count(*) from recognition_scorecard where period = :period")
			.param("period", quarter.toString())
			.query(Long.class)
			.single() > 0) {
			return 0;
		}
		LocalDateTime after = quarter.end().plusDays(1).atStartOfDay();
		Set<Long> people = new LinkedHashSet<>(this.jdbc.sql("""
				select distinct r.owner_id from relationships_portfolio r
				where r.created_at < :after and (r.ended_at is null or r.ended_at >= :after)
				""").param("after", after).query(Long.class).list());
		people.addAll(this.jdbc.sql("""
				select distinct k.recipient_id from recognition_kudos k
				where k.recipient_id is not null and k.state = 'GIVEN' and k.given_on between :start and :end
				""").param("start", quarter.start()).param("end", quarter.end()).query(Long.class).list());
		List<Long> groups = this.jdbc.sql("""
				select distinct r.it_group_id from relationships_portfolio r
				where r.created_at < :after and (r.ended_at is null or r.ended_at >= :after)
				""").param("after", after).query(Long.class).list();
		int frozen = freeze(quarter, ScorecardScope.ORGANISATION, 0);
		for (long group : groups) {
			frozen += freeze(quarter, ScorecardScope.GROUP, group);
		}
		for (long person : people) {
			frozen += freeze(quarter, ScorecardScope.PERSON, person);
		}
		return frozen;
	}

	private int freeze(ScorecardPeriod quarter, ScorecardScope scope, long id) {
		return this.jdbc.sql("""
				insert into recognition_scorecard (period, scope, scope_id, measures, frozen_at)
				values (:period, :scope, :id, :measures, :at)
				on conflict do nothing
				""")
			.param("period", quarter.toString())
			.param("scope", scope.name())
			.param("id", id)
			.param("measures", this.json.writeValueAsString(this.measures.measure(scope, id, quarter)))
			.param("at", LocalDateTime.now(this.clock))
			.update();
	}

	private Optional<List<ScorecardMeasures.Measure>> frozen(ScorecardPeriod quarter, ScorecardScope scope, long id) {
		return this.jdbc.sql("""
				select measures from recognition_scorecard where period = :period and scope = :scope and scope_id = :id
				""")
			.param("period", quarter.toString())
			.param("scope", scope.name())
			.param("id", id)
			.query(String.class)
			.optional()
			.map((measures) -> this.json.readValue(measures, MEASURES));
	}

	private static long requireId(Long id) {
		if (id == null) {
			throw new InvalidInputException("id", "recognition.scorecard.id");
		}
		return id;
	}

	/**
	 * The name of whose scorecard it is, once the caller is found to be allowed to see
	 * it.
	 */
	String requireVisible(ScorecardScope scope, long id) {
		Viewer viewer = viewer();
		switch (scope) {
			case ORGANISATION -> {
				return this.messages.getMessage("recognition.scorecard.organisation", null, Locale.ENGLISH);
			}
			case GROUP -> {
				OrgUnitSummary unit = this.directory.unit(id);
				if (unit.kind() != UnitKind.IT_GROUP) {
					throw new InvalidInputException("id", "recognition.scorecard.notAGroup", unit.name());
				}
				if (!viewer.portfolio() && !viewer.led().contains(id)) {
					throw new AccessDeniedException("Scorecard of group " + id);
				}
				return unit.name();
			}
			default -> {
				PersonSummary person = this.directory.person(id);
				if (!person.inIt()) {
					throw new InvalidInputException("id", "recognition.scorecard.notInIt", person.name());
				}
				if (!viewer.portfolio() && !Long.valueOf(id).equals(viewer.personId())
						&& (person.unitId() == null || !viewer.led().contains(person.unitId()))) {
					throw new AccessDeniedException("Scorecard of person " + id);
				}
				return person.name();
			}
		}
	}

	private Viewer viewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean portfolio = RoleGroup.PORTFOLIO.includes(authentication);
		Long personId = Caller.person();
		Set<Long> led = new LinkedHashSet<>();
		boolean leader = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals("ROLE_IT_LEADER"));
		if (leader && personId != null) {
			PersonSummary person = this.directory.person(personId);
			if (person.unitId() != null) {
				led.add(person.unitId());
				led.addAll(this.directory.unitAndDescendants(person.unitId()));
			}
		}
		return new Viewer(personId, portfolio, led);
	}

	private record Viewer(Long personId, boolean portfolio, Set<Long> led) {
	}

}
