package org.rapport.recognition;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.shared.Actor;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.Cursor;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.RoleGroup;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.Text;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards per quarter: anyone in IT nominates a colleague for an award of the current
 * quarter; the head of relationship management (or the CIO) approves or declines, and an
 * approval keeps the nominee's scorecard of the quarter as evidence. Each award goes to
 * one person a quarter. Those who steer the portfolio see every nomination; others see
 * their own and the awards given.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Nominations {

	private final JdbcClient jdbc;

	private final DirectoryManagement directory;

	private final Scorecards scorecards;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Nominations(JdbcClient jdbc, DirectoryManagement directory, Scorecards scorecards, JsonMapper json,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.scorecards = scorecards;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The awards given each quarter.
	 * @return the awards in use, in their order; partners read them on their praise page
	 */
	@PreAuthorize("permitAll()")
	public List<Award> awards() {
		return this.jdbc.sql("select award_key, name from recognition_award where active order by position, id")
			.query((rs, n) -> new Award(rs.getString(1), rs.getString(2)))
			.list();
	}

	/**
	 * Nominates a colleague for an award of the current quarter.
	 * @param draft the nomination
	 * @return the nomination, submitted
	 * @throws StateConflictException when the caller is no person in IT
	 * @throws InvalidInputException naming {@code awardKey}, {@code nomineeId} (unknown,
	 * outside IT, the caller) or {@code reason}
	 * @throws AlreadyExistsException naming {@code nomineeId} when the caller nominated
	 * them for the award this quarter already
	 */
	@Transactional
	public NominationSummary nominate(NominationDraft draft) {
		String award = (draft.awardKey() != null) ? draft.awardKey().strip() : "";
		if (awards().stream().noneMatch((known) -> known.key().equals(award))) {
			throw new InvalidInputException("awardKey", "recognition.nomination.award", award);
		}
		PersonSummary nominee = nominee(draft.nomineeId());
		String reason = (draft.reason() != null) ? Text.nfc(draft.reason().strip()) : "";
		if (reason.isEmpty() || reason.length() > NominationDraft.MAX_REASON || Text.hasControl(reason, true)) {
			throw new InvalidInputException("reason", "recognition.nomination.reason", NominationDraft.MAX_REASON);
		}
		long by = nominatorInIt();
		if (by == nominee.id()) {
			throw new InvalidInputException("nomineeId", "recognition.nomination.self");
		}
		String period = this.scorecards.currentPeriod().toString();
		try {
			org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
			this.jdbc.sql("""
					insert into recognition_nomination (version, period, award_key, nominee_id, source, nominated_by,
					  reason, state, nominated_at)
					values (0, :period, :award, :nominee, 'COLLEAGUE', :by, :reason, 'SUBMITTED', :at)
					""")
				.param("period", period)
				.param("award", award)
				.param("nominee", nominee.id())
				.param("by", by)
				.param("reason", reason)
				.param("at", LocalDateTime.now(this.clock))
				.update(key, "id");
			return nomination(key.getKey().longValue(), true);
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("nomineeId", ex, "recognition.nomination.twice", nominee.name());
		}
	}

	/**
	 * The nominations of a quarter the caller may see, the latest first.
	 * @param period the quarter, blank for the current one
	 * @param state only those in this state, or {@code null} for all
	 * @param after the cursor of the page before, or {@code null}
	 * @param size the page size, 50 by default, at most 200
	 * @return a page of nominations
	 */
	public KeysetPage<NominationSummary> nominations(String period, NominationState state, String after, Integer size) {
		String quarter = this.scorecards.period(period).toString();
		StringBuilder where = new StringBuilder("where n.period = :period");
		Map<String, Object> params = new HashMap<>();
		params.put("period", quarter);
		if (state != null) {
			where.append(" and n.state = :state");
			params.put("state", state.name());
		}
		if (!steers()) {
			where.append(" and (n.nominated_by = :me or n.state = 'APPROVED')");
			params.put("me", (Caller.person() != null) ? Caller.person() : -1L);
		}
		Cursor cursor = Cursor.decode(after);
		if (cursor != null) {
			where.append(" and n.id < :afterId");
			params.put("afterId", cursor.id());
		}
		int pageSize = Cursor.pageSize(size);
		List<NominationSummary> rows = this.jdbc.sql(SELECT + where + " order by n.id desc limit " + (pageSize + 1))
			.params(params)
			.query((rs, n) -> row(rs))
			.list();
		return KeysetPage.of(rows, pageSize, (row) -> new Cursor("", row.id()));
	}

	/**
	 * Approves or declines a submitted nomination. Approving gives the award to the
	 * nominee and keeps their scorecard of the quarter as evidence.
	 * @param id the nomination
	 * @param decision the decision, with the version it was made over if known
	 * @return the nomination, decided
	 * @throws StateConflictException when it was decided already
	 * ({@code recognition.nomination.decided}) or the award of the quarter went to
	 * someone else ({@code recognition.nomination.awarded})
	 * @throws StaleVersionException when it changed since that version
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public NominationSummary decide(long id, NominationDecision decision) {
		NominationSummary nomination = nomination(id, true);
		if (decision.decision() == null || decision.decision() == NominationState.SUBMITTED) {
			throw new InvalidInputException("decision", "recognition.nomination.decision");
		}
		String note = (decision.note() != null && !decision.note().isBlank()) ? decision.note().strip() : null;
		if (note != null && (note.length() > 1000 || Text.hasControl(note, true))) {
			throw new InvalidInputException("note", "recognition.nomination.note", 1000);
		}
		if (nomination.state() != NominationState.SUBMITTED) {
			throw new StateConflictException("recognition.nomination.decided", nomination.nomineeName());
		}
		StaleVersionException.check("Nomination", id, decision.version(), nomination.version());
		String evidence = null;
		if (decision.decision() == NominationState.APPROVED) {
			evidence = this.json.writeValueAsString(this.scorecards.scorecard(nomination.period(),
					ScorecardScope.PERSON, nomination.nomineeId(), Locale.ENGLISH));
			try {
				this.jdbc.sql("""
						insert into recognition_award_winner (period, award_key, nomination_id)
						values (:period, :award, :id)
						""")
					.param("period", nomination.period())
					.param("award", nomination.awardKey())
					.param("id", id)
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw new StateConflictException("recognition.nomination.awarded", nomination.awardName(),
						nomination.period());
			}
		}
		int decided = this.jdbc.sql("""
				update recognition_nomination
				set state = :state, decided_by = :by, decided_at = :at, decision_note = :note, evidence = :evidence,
				    version = version + 1
				where id = :id and version = :version and state = 'SUBMITTED'
				""")
			.param("state", decision.decision().name())
			.param("by", Actor.current())
			.param("at", LocalDateTime.now(this.clock))
			.param("note", note, java.sql.Types.VARCHAR)
			.param("evidence", evidence, java.sql.Types.VARCHAR)
			.param("id", id)
			.param("version", nomination.version())
			.update();
		if (decided == 0) {
			throw new StaleVersionException("Nomination", id, nomination.version(), nomination.version() + 1);
		}
		if (decision.decision() == NominationState.APPROVED) {
			this.events.publishEvent(
					new NominationApproved(id, nomination.period(), nomination.awardKey(), nomination.nomineeId()));
		}
		return nomination(id, true);
	}

	/**
	 * Records an award of an earlier quarter, nominated and approved, for the demo
	 * organisation's history. No page or API calls it.
	 * @param period the quarter
	 * @param awardKey the award
	 * @param nomineeId who received it
	 * @param nominatedBy who nominated them
	 * @param reason why
	 * @return the nomination
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public long recordAwarded(String period, String awardKey, long nomineeId, long nominatedBy, String reason) {
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		LocalDateTime at = this.scorecards.period(period).end().atTime(12, 0);
		this.jdbc
			.sql("""
					insert into recognition_nomination (version, period, award_key, nominee_id, source, nominated_by, reason,
					  state, nominated_at, decided_by, decided_at)
					values (1, :period, :award, :nominee, 'COLLEAGUE', :by, :reason, 'APPROVED', :at, 'brm', :at)
					""")
			.param("period", period)
			.param("award", awardKey)
			.param("nominee", nomineeId)
			.param("by", nominatedBy)
			.param("reason", reason)
			.param("at", at)
			.update(key, "id");
		long id = key.getKey().longValue();
		this.jdbc.sql("insert into recognition_award_winner (period, award_key, nomination_id) values (:p, :a, :id)")
			.param("p", period)
			.param("a", awardKey)
			.param("id", id)
			.update();
		return id;
	}

	/**
	 * Nominates the person a partner praised for an award of the current quarter, with
	 * their praise as the reason, in the transaction that records the praise.
	 */
	@PreAuthorize("permitAll()")
	void nominateForPartner(String awardKey, long nomineeId, String partnerName, long counterpartId, String reason) {
		if (awards().stream().noneMatch((known) -> known.key().equals(awardKey))) {
			throw new InvalidInputException("nominate", "recognition.nomination.award", awardKey);
		}
		this.jdbc.sql("""
				insert into recognition_nomination (version, period, award_key, nominee_id, source, partner_name,
				  counterpart_id, reason, state, nominated_at)
				values (0, :period, :award, :nominee, 'PARTNER', :partner, :counterpart, :reason, 'SUBMITTED', :at)
				""")
			.param("period", this.scorecards.currentPeriod().toString())
			.param("award", awardKey)
			.param("nominee", nomineeId)
			.param("partner", partnerName, java.sql.Types.VARCHAR)
			.param("counterpart", counterpartId)
			.param("reason", reason)
			.param("at", LocalDateTime.now(this.clock))
			.update();
	}

	/**
	 * One nomination the caller may see.
	 * @param id the nomination
	 * @return the nomination
	 * @throws NotFoundException when there is none, or the caller may not see it
	 */
	public NominationSummary nomination(long id) {
		return nomination(id, false);
	}

	private NominationSummary nomination(long id, boolean any) {
		NominationSummary nomination = this.jdbc.sql(SELECT + "where n.id = :id")
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Nomination", id));
		if (!any && !steers() && nomination.state() != NominationState.APPROVED
				&& (nomination.nominatedById() == null || !nomination.nominatedById().equals(Caller.person()))) {
			throw new NotFoundException("Nomination", id);
		}
		return nomination;
	}

	private static final String SELECT = """
			select n.id, n.period, n.award_key, a.name as award_name, n.nominee_id, e.name as nominee_name, n.source,
			       n.nominated_by, b.name as by_name, n.partner_name, c.name as counterpart_name, n.reason, n.state,
			       n.nominated_at, n.decided_by, n.decided_at, n.decision_note, n.evidence, n.version
			from recognition_nomination n
			join recognition_award a on a.award_key = n.award_key
			join directory_person_name e on e.id = n.nominee_id
			left join directory_person_name b on b.id = n.nominated_by
			left join directory_unit_name c on c.id = n.counterpart_id
			""";

	private NominationSummary row(java.sql.ResultSet rs) throws java.sql.SQLException {
		String evidence = rs.getString("evidence");
		java.sql.Timestamp decided = rs.getTimestamp("decided_at");
		return new NominationSummary(rs.getLong("id"), rs.getString("period"), rs.getString("award_key"),
				rs.getString("award_name"), rs.getLong("nominee_id"), rs.getString("nominee_name"),
				KudosSource.valueOf(rs.getString("source")), rs.getObject("nominated_by", Long.class),
				(rs.getString("by_name") != null) ? rs.getString("by_name")
						: (rs.getString("partner_name") != null)
								? rs.getString("partner_name") + ", " + rs.getString("counterpart_name")
								: rs.getString("counterpart_name"),
				rs.getString("reason"), NominationState.valueOf(rs.getString("state")),
				rs.getTimestamp("nominated_at").toLocalDateTime(), rs.getString("decided_by"),
				(decided != null) ? decided.toLocalDateTime() : null, rs.getString("decision_note"),
				(evidence != null) ? this.json.readValue(evidence, Scorecard.class) : null, rs.getLong("version"));
	}

	private PersonSummary nominee(Long id) {
		if (id == null) {
			throw new InvalidInputException("nomineeId", "recognition.nomination.nominee");
		}
		PersonSummary nominee;
		try {
			nominee = this.directory.person(id);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("nomineeId", "recognition.kudos.recipient.unknown", id);
		}
		if (!nominee.inIt()) {
			throw new InvalidInputException("nomineeId", "recognition.nomination.outsideIt", nominee.name());
		}
		return nominee;
	}

	private long nominatorInIt() {
		Long person = Caller.person();
		if (person == null || !this.directory.person(person).inIt()) {
			throw new StateConflictException("recognition.nomination.nominator");
		}
		return person;
	}

	private static boolean steers() {
		return RoleGroup.PORTFOLIO.includes(SecurityContextHolder.getContext().getAuthentication());
	}

}
