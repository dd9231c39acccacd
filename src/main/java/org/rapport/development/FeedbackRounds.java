package org.rapport.development;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.rapport.accounts.RapportUser;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.notifications.Email;
import org.rapport.notifications.NotificationManagement;
import org.rapport.shared.Actor;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.LinkTokens;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.Text;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 360 rounds. A person in IT (or their manager for them) starts a round over the
 * competencies of the framework and nominates raters: peers in IT, business partners
 * outside IT and their direct reports; they rate themselves and their manager rates them,
 * attributed. The manager approves the raters, and each is emailed a link that answers
 * once. When the round closes, on its last day or earlier by hand, its report shows the
 * person's own view beside the others', each anonymous group only where at least its
 * threshold rated a competency. Only the person and their manager see a round and its
 * report.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class FeedbackRounds {

	/** A round closes at most this many days after it starts. */
	static final int MOST_DAYS = 90;

	/** A rater who is a level or more away from the person's own view differs. */
	static final double DIFFERS = 1.0;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final JdbcClient jdbc;

	private final DirectoryManagement directory;

	private final NotificationManagement notifications;

	private final DevelopmentSettings settings;

	private final Clock clock;

	private final String baseUrl;

	FeedbackRounds(JdbcClient jdbc, DirectoryManagement directory, NotificationManagement notifications,
			DevelopmentSettings settings, Clock clock,
			@Value("${rapport.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.notifications = notifications;
		this.settings = settings;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Starts a 360 round for the caller, or for one of the people they manage, with its
	 * raters. The person rates themselves and their manager rates them; both are added.
	 * @param draft the round
	 * @return the round, choosing its raters
	 * @throws InvalidInputException naming {@code subjectId}, {@code closesOn},
	 * {@code competencies}, or a rater's {@code personId} or {@code group}
	 * @throws StateConflictException when the person has no manager to approve the
	 * raters, or has a round that is not closed
	 * @throws AccessDeniedException when the caller is neither the person nor their
	 * manager
	 */
	@Transactional
	public FeedbackRoundSummary start(FeedbackRoundDraft draft) {
		LocalDate today = LocalDate.now(this.clock);
		if (draft.closesOn() == null || !draft.closesOn().isAfter(today)
				|| draft.closesOn().isAfter(today.plusDays(MOST_DAYS))) {
			throw new InvalidInputException("closesOn", "development.round.closesOn", MOST_DAYS);
		}
		Long caller = RapportUser.currentPersonId();
		if (caller == null) {
			throw new StateConflictException("development.round.noPerson");
		}
		long subjectId = (draft.subjectId() != null) ? draft.subjectId() : caller;
		PersonSummary subject = person("subjectId", subjectId);
		if (subject.id() != caller && !Objects.equals(subject.managerId(), caller)) {
			throw new AccessDeniedException("Only a person or their manager starts their 360");
		}
		if (!subject.inIt()) {
			throw new InvalidInputException("subjectId", "development.round.notIt", subject.name());
		}
		if (subject.managerId() == null) {
			throw new StateConflictException("development.round.noManager", subject.name());
		}
		List<Long> competencies = competencyIds(draft.competencies());
		Round round = new Round(0, subject.id(), subject.managerId(), FeedbackRoundState.NOMINATING, draft.closesOn(),
				0);
		List<Rater> raters = new ArrayList<>();
		List<RaterDraft> nominated = (draft.raters() != null) ? draft.raters() : List.of();
		for (RaterDraft rater : nominated) {
			raters.add(rater(round, rater));
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			this.jdbc
				.sql("""
						insert into development_feedback_round (version, subject_id, manager_id, state, closes_on, started_by,
						  started_at, open_subject_id)
						values (0, :subject, :manager, 'NOMINATING', :closesOn, :by, :at, :subject)
						""")
				.param("subject", subject.id())
				.param("manager", subject.managerId())
				.param("closesOn", draft.closesOn())
				.param("by", Actor.current())
				.param("at", LocalDateTime.now(this.clock))
				.update(key, "id");
		}
		catch (DuplicateKeyException ex) {
			throw new StateConflictException("development.round.running", subject.name());
		}
		long id = key.getKey().longValue();
		int position = 0;
		for (long competency : competencies) {
			this.jdbc.sql("""
					insert into development_feedback_round_competency (round_id, competency_id, position)
					values (:round, :competency, :position)
					""").param("round", id).param("competency", competency).param("position", ++position).update();
		}
		insertRater(id, subject.id(), RaterGroup.SELF);
		insertRater(id, subject.managerId(), RaterGroup.MANAGER);
		Set<Long> seen = new HashSet<>();
		for (Rater rater : raters) {
			if (!seen.add(rater.personId())) {
				throw new AlreadyExistsException("personId", "development.rater.twice", rater.name());
			}
			insertRater(id, rater.personId(), rater.group());
		}
		return summary(load(id));
	}

	/**
	 * Adds a rater while the person chooses them.
	 * @param roundId the round
	 * @param draft the rater
	 * @return the round
	 * @throws InvalidInputException naming {@code personId} or {@code group}: the person
	 * themselves or their manager in another group, a peer outside IT, a partner in IT, a
	 * direct report who is not, or someone without an email
	 * @throws AlreadyExistsException naming {@code personId} when they rate in the round
	 * already
	 * @throws StateConflictException when the raters went for approval
	 */
	@Transactional
	public FeedbackRoundSummary nominate(long roundId, RaterDraft draft) {
		Round round = involved(roundId);
		if (round.state() != FeedbackRoundState.NOMINATING) {
			throw new StateConflictException("development.round.notNominating");
		}
		Rater rater = rater(round, draft);
		try {
			insertRater(round.id(), rater.personId(), rater.group());
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("personId", ex, "development.rater.twice", rater.name());
		}
		return summary(load(roundId));
	}

	/**
	 * Removes a rater before the round opens: the person while choosing, the manager
	 * while approving. The person and their manager stay.
	 * @param roundId the round
	 * @param raterId the rater
	 * @return the round
	 */
	@Transactional
	public FeedbackRoundSummary remove(long roundId, long raterId) {
		Round round = involved(roundId);
		boolean may = (round.state() == FeedbackRoundState.NOMINATING)
				|| (round.state() == FeedbackRoundState.AWAITING_APPROVAL && isManager(round));
		if (!may) {
			throw new StateConflictException("development.round.notNominating");
		}
		int removed = this.jdbc.sql("""
				delete from development_feedback_rater
				where id = :rater and round_id = :round and rater_group not in ('SELF', 'MANAGER')
				""").param("rater", raterId).param("round", roundId).update();
		if (removed == 0) {
			throw new NotFoundException("Rater", raterId);
		}
		return summary(load(roundId));
	}

	/**
	 * Sends the raters to the manager for approval, and emails the manager.
	 * @param roundId the round
	 * @param over the version the person saw, {@code null} for whatever it is now
	 * @return the round
	 * @throws StateConflictException when it is not choosing raters, or has no peer,
	 * partner or direct report
	 */
	@Transactional
	public FeedbackRoundSummary submit(long roundId, Long over) {
		Round round = involved(roundId);
		if (round.subjectId() != RapportUser.currentPersonId()) {
			throw new AccessDeniedException("The person sends their raters for approval");
		}
		StaleVersionException.check("Feedback round", roundId, over, round.version());
		boolean anyone = this.jdbc.sql("""
				select count(*) from development_feedback_rater
				where round_id = :round and rater_group not in ('SELF', 'MANAGER')
				""").param("round", roundId).query(Long.class).single() > 0;
		if (!anyone) {
			throw new StateConflictException("development.round.noRaters");
		}
		move(round, FeedbackRoundState.NOMINATING, FeedbackRoundState.AWAITING_APPROVAL, "");
		Contact manager = contact(round.managerId());
		Contact subject = contact(round.subjectId());
		if (manager.email() != null) {
			this.notifications.queue(List.of(new Email(manager.email(), manager.name(), "development/feedback-approval",
					Map.of("subject", subject.name(), "link", this.baseUrl + "/development/feedback/" + roundId),
					wave(roundId), "feedback-approval-" + roundId + "-" + (round.version() + 1))));
		}
		return summary(load(roundId));
	}

	/**
	 * Approves the raters: the round opens and every rater is emailed their own link.
	 * @param roundId the round
	 * @param over the version the manager saw, {@code null} for whatever it is now
	 * @return the round
	 * @throws AccessDeniedException when the caller is not the person's manager
	 * @throws StateConflictException when it is not waiting for approval, or was approved
	 * already
	 */
	@Transactional
	public FeedbackRoundSummary approve(long roundId, Long over) {
		Round round = involved(roundId);
		if (!isManager(round)) {
			throw new AccessDeniedException("The manager approves the raters");
		}
		StaleVersionException.check("Feedback round", roundId, over, round.version());
		move(round, FeedbackRoundState.AWAITING_APPROVAL, FeedbackRoundState.OPEN, ", opened_at = :at");
		String subject = contact(round.subjectId()).name();
		List<Email> emails = new ArrayList<>();
		for (Rater rater : raters(roundId)) {
			String token = LinkTokens.next();
			this.jdbc.sql("update development_feedback_rater set token_hash = :hash where id = :id")
				.param("hash", LinkTokens.hash(token))
				.param("id", rater.id())
				.update();
			Contact contact = contact(rater.personId());
			if (contact.email() != null) {
				emails.add(new Email(contact.email(), contact.name(), "development/feedback-invitation",
						Map.of("subject", subject, "group", rater.group().name(), "link", this.baseUrl + "/f/" + token,
								"closesOn", DAY.format(round.closesOn())),
						wave(roundId), "feedback-invitation-" + rater.id()));
			}
		}
		this.notifications.queue(emails);
		return summary(load(roundId));
	}

	/**
	 * Closes an open round before its last day; its report shows.
	 * @param roundId the round
	 * @return the round
	 * @throws StateConflictException when it is not open
	 */
	@Transactional
	public FeedbackRoundSummary close(long roundId) {
		Round round = involved(roundId);
		move(round, FeedbackRoundState.OPEN, FeedbackRoundState.CLOSED, ", closed_at = :at, open_subject_id = null");
		return summary(load(roundId));
	}

	/**
	 * Closes the open rounds whose last day has passed, for the scheduled job.
	 * @return how many closed
	 */
	@Transactional
	@PreAuthorize("permitAll()")
	public int closeDue() {
		return this.jdbc.sql("""
				update development_feedback_round
				set state = 'CLOSED', closed_at = :at, open_subject_id = null, version = version + 1
				where state = 'OPEN' and closes_on < :today
				""").param("at", LocalDateTime.now(this.clock)).param("today", LocalDate.now(this.clock)).update();
	}

	/**
	 * The rounds of the caller and of the people they manage, the latest first.
	 * @return the rounds
	 */
	public List<FeedbackRoundSummary> rounds() {
		Long caller = RapportUser.currentPersonId();
		if (caller == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, subject_id, manager_id, state, closes_on, version from development_feedback_round
				where subject_id = :caller or manager_id = :caller
				order by started_at desc, id desc
				limit 100
				""").param("caller", caller).query(Round.class).list().stream().map(this::summary).toList();
	}

	/**
	 * A round, for the person and their manager.
	 * @param roundId the round
	 * @return the round
	 * @throws NotFoundException for anyone else too
	 */
	public FeedbackRoundSummary round(long roundId) {
		return summary(involved(roundId));
	}

	/**
	 * The report of a closed round, for the person and their manager only.
	 * @param roundId the round
	 * @return the report
	 * @throws AccessDeniedException for anyone else
	 * @throws StateConflictException while the round is not closed
	 */
	public FeedbackReport report(long roundId) {
		Round round = load(roundId);
		Long caller = RapportUser.currentPersonId();
		if (caller == null || (caller != round.subjectId() && caller != round.managerId())) {
			throw new AccessDeniedException("Only the person and their manager see a 360 report");
		}
		if (round.state() != FeedbackRoundState.CLOSED) {
			throw new StateConflictException("development.report.notYet");
		}
		return reportOf(round);
	}

	/**
	 * What a rater's link opens. Reading it changes nothing.
	 * @param token the link's token
	 * @return the invitation
	 * @throws FeedbackLinkException when the link opens nothing
	 */
	@PreAuthorize("permitAll()")
	public FeedbackInvitation invitation(String token) {
		Invited invited = invited(token);
		Round round = load(invited.roundId());
		return new FeedbackInvitation(contact(round.subjectId()).name(), invited.group(), round.closesOn(),
				competencies(round.id()));
	}

	/**
	 * Records a rater's answers, once. They are stored with the rater's group and not the
	 * rater.
	 * @param token the link's token
	 * @param answers the answers
	 * @throws InvalidInputException naming {@code scores[key]} or {@code comments[key]}
	 * @throws FeedbackLinkException when the link opens nothing, or answered already
	 */
	@Transactional
	@PreAuthorize("permitAll()")
	public void answer(String token, FeedbackAnswers answers) {
		Invited invited = invited(token);
		List<CompetencySummary> competencies = competencies(invited.roundId());
		Map<String, Integer> scores = (answers.scores() != null) ? answers.scores() : Map.of();
		Map<String, String> comments = (answers.comments() != null) ? answers.comments() : Map.of();
		Map<String, String> cleaned = new HashMap<>();
		for (CompetencySummary competency : competencies) {
			Integer score = scores.get(competency.key());
			if (score == null || score < 0 || score > Competencies.LEVELS) {
				throw new InvalidInputException("scores[" + competency.key() + "]", "development.answer.score",
						competency.name());
			}
			String comment = comments.get(competency.key());
			if (comment != null && !comment.isBlank()) {
				String text = Text.nfc(comment.strip());
				if (text.length() > 1000 || Text.hasControl(text, true)) {
					throw new InvalidInputException("comments[" + competency.key() + "]", "development.answer.comment",
							1000);
				}
				cleaned.put(competency.key(), text);
			}
		}
		int claimed = this.jdbc
			.sql("update development_feedback_rater set answered = true where id = :id and answered = false")
			.param("id", invited.raterId())
			.update();
		if (claimed == 0) {
			throw new FeedbackLinkException(FeedbackLinkException.Reason.ANSWERED);
		}
		Map<String, Long> ids = competencyKeys(invited.roundId());
		for (CompetencySummary competency : competencies) {
			int score = scores.get(competency.key());
			this.jdbc.sql("""
					insert into development_feedback_answer (round_id, rater_group, competency_id, score, comment)
					values (:round, :group, :competency, :score, :comment)
					""")
				.param("round", invited.roundId())
				.param("group", invited.group().name())
				.param("competency", ids.get(competency.key()))
				.param("score", (score == 0) ? null : score, Types.INTEGER)
				.param("comment", cleaned.get(competency.key()), Types.VARCHAR)
				.update();
		}
	}

	/**
	 * Records a 360 that closed on a day gone by, over every competency offered, with its
	 * raters' answers, for the demo organisation's history. No page or API calls it.
	 * @param subjectId whose 360 it was; their manager now is taken as its manager
	 * @param closedOn the day it closed
	 * @param raters the raters and their answers, the person and their manager among them
	 * @return the round
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public long recordEarlier(long subjectId, LocalDate closedOn, List<EarlierRater> raters) {
		PersonSummary subject = this.directory.person(subjectId);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into development_feedback_round (version, subject_id, manager_id, state, closes_on, started_by,
				  started_at, opened_at, closed_at)
				values (0, :subject, :manager, 'CLOSED', :closesOn, 'system', :started, :opened, :closed)
				""")
			.param("subject", subjectId)
			.param("manager", subject.managerId())
			.param("closesOn", closedOn)
			.param("started", closedOn.minusDays(21).atTime(9, 0))
			.param("opened", closedOn.minusDays(18).atTime(9, 0))
			.param("closed", closedOn.atTime(17, 0))
			.update(key, "id");
		long id = key.getKey().longValue();
		List<Long> competencies = competencyIds(List.of());
		int position = 0;
		for (long competency : competencies) {
			this.jdbc.sql("""
					insert into development_feedback_round_competency (round_id, competency_id, position)
					values (:round, :competency, :position)
					""").param("round", id).param("competency", competency).param("position", ++position).update();
		}
		Map<String, Long> ids = competencyKeys(id);
		for (EarlierRater rater : raters) {
			this.jdbc.sql("""
					insert into development_feedback_rater (round_id, person_id, rater_group, answered)
					values (:round, :person, :group, true)
					""")
				.param("round", id)
				.param("person", rater.personId())
				.param("group", rater.group().name())
				.update();
			rater.scores()
				.forEach((competency, score) -> this.jdbc.sql("""
						insert into development_feedback_answer (round_id, rater_group, competency_id, score, comment)
						values (:round, :group, :competency, :score, :comment)
						""")
					.param("round", id)
					.param("group", rater.group().name())
					.param("competency", ids.get(competency))
					.param("score", (score == 0) ? null : score, Types.INTEGER)
					.param("comment", rater.comments().get(competency), Types.VARCHAR)
					.update());
		}
		return id;
	}

	/**
	 * The competencies each person's latest closed 360 shows the others rate below the
	 * middle of the scale (under 2.5 of 4), within the report's thresholds: the gaps
	 * suggestions and mentoring work on. No caller is checked: it reads what the reports
	 * show, for Rapport's own use.
	 * @param personIds the people
	 * @return the competency keys per person who has such gaps
	 */
	@PreAuthorize("permitAll()")
	Map<Long, Set<String>> gapsOf(Collection<Long> personIds) {
		Map<Long, Set<String>> gaps = new HashMap<>();
		if (personIds.isEmpty()) {
			return gaps;
		}
		List<Round> latest = this.jdbc.sql("""
				select r.id, r.subject_id, r.manager_id, r.state, r.closes_on, r.version
				from development_feedback_round r
				where r.state = 'CLOSED' and r.subject_id in (:people)
				  and r.closed_at = (select max(o.closed_at) from development_feedback_round o
				                     where o.subject_id = r.subject_id and o.state = 'CLOSED')
				""").param("people", personIds).query(Round.class).list();
		for (Round round : latest) {
			Set<String> keys = new LinkedHashSet<>();
			for (FeedbackReport.CompetencyResult result : reportOf(round).competencies()) {
				if (result.others() != null && result.others() < 2.5) {
					keys.add(result.key());
				}
			}
			if (!keys.isEmpty()) {
				gaps.put(round.subjectId(), keys);
			}
		}
		return gaps;
	}

	private FeedbackReport reportOf(Round round) {
		List<Rater> raters = raters(round.id());
		Map<RaterGroup, Integer> invited = new EnumMap<>(RaterGroup.class);
		Map<RaterGroup, Integer> answered = new EnumMap<>(RaterGroup.class);
		for (Rater rater : raters) {
			invited.merge(rater.group(), 1, Integer::sum);
			answered.merge(rater.group(), rater.answered() ? 1 : 0, Integer::sum);
		}
		record Answer(long competencyId, RaterGroup group, Integer score, String comment) {
		}
		List<Answer> answers = this.jdbc.sql("""
				select competency_id, rater_group, score, comment from development_feedback_answer
				where round_id = :round
				""")
			.param("round", round.id())
			.query((rs, n) -> new Answer(rs.getLong(1), RaterGroup.valueOf(rs.getString(2)),
					(Integer) rs.getObject(3, Integer.class), rs.getString(4)))
			.list();
		Map<String, Long> ids = competencyKeys(round.id());
		Set<RaterGroup> shownAnywhere = EnumSet.noneOf(RaterGroup.class);
		List<FeedbackReport.CompetencyResult> results = new ArrayList<>();
		for (CompetencySummary competency : competencies(round.id())) {
			long id = ids.get(competency.key());
			Map<RaterGroup, Double> means = new EnumMap<>(RaterGroup.class);
			Map<RaterGroup, List<String>> comments = new EnumMap<>(RaterGroup.class);
			double othersSum = 0;
			int othersCount = 0;
			for (RaterGroup group : RaterGroup.values()) {
				List<Integer> scores = new ArrayList<>();
				List<String> texts = new ArrayList<>();
				for (Answer answer : answers) {
					if (answer.competencyId() == id && answer.group() == group) {
						if (answer.score() != null) {
							scores.add(answer.score());
						}
						if (answer.comment() != null) {
							texts.add(answer.comment());
						}
					}
				}
				// An anonymous group shows only where enough of it rated this competency:
				// those who did not observe it do not count towards the threshold.
				int threshold = this.settings.threshold(group);
				if (!scores.isEmpty() && scores.size() >= threshold) {
					double mean = scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
					means.put(group, mean);
					shownAnywhere.add(group);
					if (group != RaterGroup.SELF) {
						othersSum += scores.stream().mapToInt(Integer::intValue).sum();
						othersCount += scores.size();
					}
				}
				int commentThreshold = group.anonymous() ? this.settings.commentThreshold() : 1;
				boolean groupShows = !group.anonymous() || answered.getOrDefault(group, 0) >= threshold;
				if (groupShows && !texts.isEmpty() && texts.size() >= commentThreshold) {
					// In alphabetical order, so that their order says nothing of who
					// answered when.
					comments.put(group, texts.stream().sorted().toList());
				}
			}
			Double others = (othersCount > 0) ? round1(othersSum / othersCount) : null;
			Double self = means.get(RaterGroup.SELF);
			Double gap = (self != null && others != null) ? round1(self - others) : null;
			FeedbackReport.Finding finding = (gap == null) ? FeedbackReport.Finding.AGREED : (gap >= DIFFERS)
					? FeedbackReport.Finding.BLIND_SPOT
					: (gap <= -DIFFERS) ? FeedbackReport.Finding.HIDDEN_STRENGTH : FeedbackReport.Finding.AGREED;
			means.replaceAll((group, mean) -> round1(mean));
			results.add(new FeedbackReport.CompetencyResult(competency.key(), competency.name(), means, others, gap,
					finding, comments));
		}
		List<FeedbackReport.GroupResult> groups = new ArrayList<>();
		for (RaterGroup group : RaterGroup.values()) {
			if (invited.containsKey(group)) {
				groups.add(new FeedbackReport.GroupResult(group, invited.get(group), answered.get(group),
						this.settings.threshold(group), shownAnywhere.contains(group)));
			}
		}
		return new FeedbackReport(round.id(), contact(round.subjectId()).name(), groups, results);
	}

	private static double round1(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private Rater rater(Round round, RaterDraft draft) {
		if (draft.group() == null || !draft.group().anonymous()) {
			throw new InvalidInputException("group", "development.rater.group");
		}
		if (draft.personId() == null) {
			throw new InvalidInputException("personId", "development.rater.person");
		}
		if (draft.personId() == round.subjectId()) {
			throw new InvalidInputException("personId", "development.rater.self");
		}
		if (draft.personId() == round.managerId()) {
			throw new InvalidInputException("personId", "development.rater.manager");
		}
		PersonSummary person = person("personId", draft.personId());
		if (person.email() == null) {
			throw new InvalidInputException("personId", "development.rater.email", person.name());
		}
		switch (draft.group()) {
			case PEER -> {
				if (!person.inIt()) {
					throw new InvalidInputException("personId", "development.rater.peer", person.name());
				}
			}
			case PARTNER -> {
				if (person.inIt()) {
					throw new InvalidInputException("personId", "development.rater.partner", person.name());
				}
			}
			default -> {
				if (!Objects.equals(person.managerId(), round.subjectId())) {
					throw new InvalidInputException("personId", "development.rater.report", person.name());
				}
			}
		}
		return new Rater(0, person.id(), person.name(), draft.group(), false);
	}

	private PersonSummary person(String field, long id) {
		try {
			return this.directory.person(id);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException(field, "development.round.person", id);
		}
	}

	private void insertRater(long roundId, long personId, RaterGroup group) {
		this.jdbc.sql("""
				insert into development_feedback_rater (round_id, person_id, rater_group, answered)
				values (:round, :person, :group, false)
				""").param("round", roundId).param("person", personId).param("group", group.name()).update();
	}

	private List<Long> competencyIds(List<String> keys) {
		Map<String, Long> offered = new LinkedHashMap<>();
		this.jdbc.sql("select competency_key, id from development_competency where active order by position")
			.query((rs, n) -> offered.put(rs.getString(1), rs.getLong(2)))
			.list();
		if (keys == null || keys.isEmpty()) {
			return List.copyOf(offered.values());
		}
		Set<Long> chosen = new LinkedHashSet<>();
		for (String key : keys) {
			Long id = offered.get(key);
			if (id == null) {
				throw new InvalidInputException("competencies", "development.round.competency", key);
			}
			chosen.add(id);
		}
		return List.copyOf(chosen);
	}

	private List<CompetencySummary> competencies(long roundId) {
		Map<Long, CompetencySummary> byId = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.id, c.competency_key, c.name, c.description, c.active, c.version
				from development_feedback_round_competency rc
				join development_competency c on c.id = rc.competency_id
				where rc.round_id = :round
				order by rc.position
				""")
			.param("round", roundId)
			.query((rs, n) -> byId.put(rs.getLong(1),
					new CompetencySummary(rs.getString(2), rs.getString(3), rs.getString(4), new ArrayList<>(),
							rs.getBoolean(5), rs.getLong(6))))
			.list();
		if (byId.isEmpty()) {
			return List.of();
		}
		this.jdbc.sql("""
				select competency_id, text from development_indicator
				where competency_id in (:ids) order by competency_id, level
				""")
			.param("ids", byId.keySet())
			.query((rs, n) -> byId.get(rs.getLong(1)).levels().add(rs.getString(2)))
			.list();
		return List.copyOf(byId.values());
	}

	private Map<String, Long> competencyKeys(long roundId) {
		Map<String, Long> keys = new HashMap<>();
		this.jdbc.sql("""
				select c.competency_key, c.id from development_feedback_round_competency rc
				join development_competency c on c.id = rc.competency_id
				where rc.round_id = :round
				""").param("round", roundId).query((rs, n) -> keys.put(rs.getString(1), rs.getLong(2))).list();
		return keys;
	}

	private Invited invited(String token) {
		if (!LinkTokens.wellFormed(token)) {
			throw new FeedbackLinkException(FeedbackLinkException.Reason.UNKNOWN);
		}
		record Row(long raterId, long roundId, RaterGroup group, boolean answered, FeedbackRoundState state,
				LocalDate closesOn) {
		}
		Row row = this.jdbc.sql("""
				select f.id, f.round_id, f.rater_group, f.answered, r.state, r.closes_on
				from development_feedback_rater f join development_feedback_round r on r.id = f.round_id
				where f.token_hash = :hash
				""")
			.param("hash", LinkTokens.hash(token))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), RaterGroup.valueOf(rs.getString(3)),
					rs.getBoolean(4), FeedbackRoundState.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class)))
			.optional()
			.orElseThrow(() -> new FeedbackLinkException(FeedbackLinkException.Reason.UNKNOWN));
		if (row.state() != FeedbackRoundState.OPEN || row.closesOn().isBefore(LocalDate.now(this.clock))) {
			throw new FeedbackLinkException(FeedbackLinkException.Reason.CLOSED);
		}
		if (row.answered()) {
			throw new FeedbackLinkException(FeedbackLinkException.Reason.ANSWERED);
		}
		return new Invited(row.raterId(), row.roundId(), row.group());
	}

	/**
	 * Moves a round on, once: of two moves at once, or a move over a version someone else
	 * moved on, one is refused.
	 */
	private void move(Round round, FeedbackRoundState from, FeedbackRoundState to, String andSet) {
		if (round.state() != from) {
			throw moved(to);
		}
		int moved = this.jdbc.sql("""
				update development_feedback_round set state = :to, version = version + 1%s
				where id = :id and state = :from and version = :version
				""".formatted(andSet))
			.param("to", to.name())
			.param("from", from.name())
			.param("id", round.id())
			.param("version", round.version())
			.param("at", LocalDateTime.now(this.clock))
			.update();
		if (moved == 0) {
			throw moved(to);
		}
	}

	private static StateConflictException moved(FeedbackRoundState to) {
		return switch (to) {
			case AWAITING_APPROVAL -> new StateConflictException("development.round.submitted");
			case OPEN -> new StateConflictException("development.round.opened");
			default -> new StateConflictException("development.round.closed");
		};
	}

	private Round involved(long roundId) {
		Round round = load(roundId);
		Long caller = RapportUser.currentPersonId();
		if (caller == null || (caller != round.subjectId() && caller != round.managerId())) {
			throw new NotFoundException("Feedback round", roundId);
		}
		return round;
	}

	private boolean isManager(Round round) {
		return Objects.equals(RapportUser.currentPersonId(), round.managerId());
	}

	private Round load(long roundId) {
		return this.jdbc.sql("""
				select id, subject_id, manager_id, state, closes_on, version from development_feedback_round
				where id = :id
				""")
			.param("id", roundId)
			.query(Round.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Feedback round", roundId));
	}

	private List<Rater> raters(long roundId) {
		return this.jdbc.sql("""
				select f.id, f.person_id, p.name, f.rater_group, f.answered
				from development_feedback_rater f join directory_person_name p on p.id = f.person_id
				where f.round_id = :round
				order by f.id
				""")
			.param("round", roundId)
			.query((rs, n) -> new Rater(rs.getLong(1), rs.getLong(2), rs.getString(3),
					RaterGroup.valueOf(rs.getString(4)), rs.getBoolean(5)))
			.list();
	}

	private FeedbackRoundSummary summary(Round round) {
		List<Rater> raters = raters(round.id());
		Map<RaterGroup, Integer> answered = new TreeMap<>();
		List<RaterSummary> shown = new ArrayList<>();
		for (Rater rater : raters) {
			answered.merge(rater.group(), rater.answered() ? 1 : 0, Integer::sum);
			shown.add(new RaterSummary(rater.id(), rater.personId(), rater.name(), rater.group(),
					rater.group().anonymous() ? null : rater.answered()));
		}
		return new FeedbackRoundSummary(round.id(), round.subjectId(), contact(round.subjectId()).name(),
				round.managerId(), contact(round.managerId()).name(), round.state(), round.closesOn(),
				competencies(round.id()).stream().map(CompetencySummary::name).toList(), shown, answered,
				round.version());
	}

	private Contact contact(long personId) {
		return this.jdbc.sql("select name, email from directory_person_contact where id = :id")
			.param("id", personId)
			.query((rs, n) -> new Contact(rs.getString(1), rs.getString(2)))
			.single();
	}

	private static String wave(long roundId) {
		return "feedback-round-" + roundId;
	}

	record Round(long id, long subjectId, long managerId, FeedbackRoundState state, LocalDate closesOn, long version) {
	}

	private record Rater(long id, long personId, String name, RaterGroup group, boolean answered) {
	}

	private record Invited(long raterId, long roundId, RaterGroup group) {
	}

	private record Contact(String name, String email) {
	}

}
