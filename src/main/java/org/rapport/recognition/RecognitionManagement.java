package org.rapport.recognition;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.shared.Cursor;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kudos between colleagues in IT: giving them under the rules (to someone else in IT, for
 * at least one relationship value, within the monthly allowance of points), and reading
 * them on the feed and per person. Everyone signed in reads the feed; kudos are thanks
 * said in the open, and no page ranks people by them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RecognitionManagement {

	private final KudosRepository kudos;

	private final JdbcClient jdbc;

	private final KudosRules rules;

	private final DirectoryManagement directory;

	private final RecognitionSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RecognitionManagement(KudosRepository kudos, JdbcClient jdbc, KudosRules rules, DirectoryManagement directory,
			RecognitionSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.kudos = kudos;
		this.jdbc = jdbc;
		this.rules = rules;
		this.directory = directory;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The relationship values kudos may be tagged with, in their order.
	 * @return the values in use
	 */
	public List<RecognitionValue> values() {
		return this.rules.values();
	}

	/**
	 * The caller's points this month.
	 * @return the allowance and what is spent of it; 0 and 0 when kudos carry no points
	 * or the caller is no person of the directory
	 */
	public Allowance allowance() {
		Long giver = Caller.person();
		int spent = (giver == null || !this.settings.enabled()) ? 0 : this.jdbc.sql("""
				select spent from recognition_allowance where person_id = :person and in_month = :month
				""").param("person", giver).param("month", month()).query(Integer.class).optional().orElse(0);
		return new Allowance(this.settings.monthlyAllowance(), spent);
	}

	/**
	 * Thanks a colleague: the caller, a person in IT, gives kudos to another person in
	 * IT.
	 * @param draft the kudos
	 * @return the kudos given
	 * @throws StateConflictException when the caller is no person in IT
	 * @throws InvalidInputException naming {@code recipientId} (unknown, outside IT, the
	 * giver), {@code values} (none, unknown), {@code message} (blank, too long) or
	 * {@code points} (negative, without an allowance, over what is left this month);
	 * nothing is stored
	 */
	@Transactional
	public KudosSummary give(KudosDraft draft) {
		// What was typed first, then who gives: the same refusals for every caller.
		Checked checked = check(draft);
		long giver = giverInIt();
		return give(giver, checked, LocalDateTime.now(this.clock), true);
	}

	/**
	 * Records kudos given earlier, without points, for the demo organisation's history.
	 * No page or API calls it; people give kudos with {@link #give}, whose checks apply.
	 * @param giverId who gave them, a person in IT
	 * @param draft the kudos
	 * @param at when
	 * @return the kudos
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public KudosSummary recordEarlier(long giverId, KudosDraft draft, LocalDateTime at) {
		Checked checked = check(new KudosDraft(draft.recipientId(), draft.values(), draft.message(), 0));
		if (!this.directory.person(giverId).inIt()) {
			throw new StateConflictException("recognition.kudos.giver.outsideIt");
		}
		return give(giverId, checked, at, false);
	}

	private KudosSummary give(long giver, Checked checked, LocalDateTime at, boolean spendPoints) {
		if (checked.recipient().id() == giver) {
			throw new InvalidInputException("recipientId", "recognition.kudos.recipient.self");
		}
		if (spendPoints && checked.points() > 0) {
			spend(giver, checked.points());
		}
		// Points above the approval line wait for the head of relationship management.
		KudosState state = (checked.points() > this.settings.approvalAbove()) ? KudosState.PENDING : KudosState.GIVEN;
		Kudos given = this.kudos.save(Kudos.give(giver, checked.recipient().id(), checked.values(), checked.message(),
				checked.points(), state, at));
		if (state == KudosState.GIVEN) {
			this.events.publishEvent(new KudosGiven(given.getId(), giver, checked.recipient().id(), checked.values(),
					checked.points(), given.getGivenOn()));
		}
		return byId(given.getId());
	}

	/**
	 * The kudos whose points wait for approval, the latest first.
	 * @return at most 200
	 */
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public List<KudosSummary> pending() {
		return page(null, null, 200, null, KudosState.PENDING).items();
	}

	/**
	 * Approves or declines the points of pending kudos. Approved, they go on the feed;
	 * declined, their points go back to the giver's month and they stay off the feed.
	 * @param id the kudos
	 * @param approve whether to approve
	 * @return the kudos, decided
	 * @throws StateConflictException when they are not pending (decided already)
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public KudosSummary decide(long id, boolean approve) {
		Kudos kudos = this.kudos.findById(id).orElseThrow(() -> new NotFoundException("Kudos", id));
		int decided = this.jdbc.sql("""
				update recognition_kudos set state = :state, decided_by = :by, decided_at = :at, version = version + 1
				where id = :id and state = 'PENDING'
				""")
			.param("state", (approve ? KudosState.GIVEN : KudosState.DECLINED).name())
			.param("by", org.rapport.shared.Actor.current())
			.param("at", LocalDateTime.now(this.clock))
			.param("id", id)
			.update();
		if (decided == 0) {
			throw new StateConflictException("recognition.kudos.decided");
		}
		if (approve) {
			this.events.publishEvent(new KudosGiven(id, kudos.getGiverId(), kudos.getRecipientId(), kudos.valueKeys(),
					kudos.getPoints(), kudos.getGivenOn()));
		}
		else {
			this.jdbc
				.sql("""
						update recognition_allowance set spent = spent - :points where person_id = :person and in_month = :month
						""")
				.param("points", kudos.getPoints())
				.param("person", kudos.getGiverId())
				.param("month", java.time.YearMonth.from(kudos.getGivenOn()).toString())
				.update();
		}
		return byId(id);
	}

	private KudosSummary byId(long id) {
		return page(null, null, null, id, null).items().get(0);
	}

	private Checked check(KudosDraft draft) {
		PersonSummary recipient = recipient(draft.recipientId());
		List<String> values = this.rules.values(draft.values());
		String message = KudosRules.message(draft.message());
		int points = (draft.points() != null) ? draft.points() : 0;
		if (points < 0) {
			throw new InvalidInputException("points", "recognition.kudos.points.negative");
		}
		return new Checked(recipient, values, message, points);
	}

	/** Kudos as typed, checked. */
	private record Checked(PersonSummary recipient, List<String> values, String message, int points) {
	}

	/**
	 * The kudos given, the latest first.
	 * @param recipientId only those a person received, or {@code null} for all
	 * @param after the cursor of the page before, or {@code null}
	 * @param size the page size, 50 by default, at most 200
	 * @return a page of kudos
	 */
	public KeysetPage<KudosSummary> feed(Long recipientId, String after, Integer size) {
		return page(recipientId, Cursor.decode(after), Cursor.pageSize(size), null, KudosState.GIVEN);
	}

	private KeysetPage<KudosSummary> page(Long recipientId, Cursor cursor, Integer size, Long id, KudosState state) {
		StringBuilder where = new StringBuilder("where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (state != null) {
			where.append(" and k.state = :state");
			params.put("state", state.name());
		}
		if (recipientId != null) {
			where.append(" and k.recipient_id = :recipient");
			params.put("recipient", recipientId);
		}
		if (id != null) {
			where.append(" and k.id = :id");
			params.put("id", id);
		}
		if (cursor != null) {
			where.append(" and (k.given_at < :at or (k.given_at = :at and k.id < :afterId))");
			params.put("at", cursor.time());
			params.put("afterId", cursor.id());
		}
		int pageSize = (size != null) ? size : 1;
		List<KudosSummary> rows = this.jdbc.sql("""
				select k.id, k.source, k.giver_id, g.name as giver_name, k.partner_name, c.name as counterpart_name,
				       k.recipient_id, r.name as recipient_name, k.recipient_unit_id, t.name as team_name, k.message,
				       k.points, k.state, k.given_at
				from recognition_kudos k
				left join directory_person_name g on g.id = k.giver_id
				left join directory_unit_name c on c.id = k.counterpart_id
				left join directory_person_name r on r.id = k.recipient_id
				left join directory_unit_name t on t.id = k.recipient_unit_id
				%s
				order by k.given_at desc, k.id desc
				limit %d
				""".formatted(where, pageSize + 1))
			.params(params)
			.query((rs, n) -> new KudosSummary(rs.getLong("id"), KudosSource.valueOf(rs.getString("source")),
					rs.getObject("giver_id", Long.class), rs.getString("giver_name"), rs.getString("partner_name"),
					rs.getString("counterpart_name"), rs.getObject("recipient_id", Long.class),
					rs.getString("recipient_name"), rs.getObject("recipient_unit_id", Long.class),
					rs.getString("team_name"), List.of(), rs.getString("message"), rs.getInt("points"),
					KudosState.valueOf(rs.getString("state")), rs.getTimestamp("given_at").toLocalDateTime()))
			.list();
		Map<Long, List<RecognitionValue>> values = valuesOf(rows.stream().map(KudosSummary::id).toList());
		List<KudosSummary> withValues = rows.stream()
			.map((row) -> row.withValues(values.getOrDefault(row.id(), List.of())))
			.toList();
		return KeysetPage.of(withValues, pageSize, (row) -> new Cursor(row.givenAt().toString(), row.id()));
	}

	private Map<Long, List<RecognitionValue>> valuesOf(List<Long> ids) {
		Map<Long, List<RecognitionValue>> values = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return values;
		}
		this.jdbc.sql("""
				select kv.kudos_id, v.value_key, v.label from recognition_kudos_value kv
				join recognition_value v on v.value_key = kv.value_key
				where kv.kudos_id in (:ids)
				order by kv.kudos_id, v.position, v.id
				""").param("ids", ids).query((rs) -> {
			values.computeIfAbsent(rs.getLong(1), (kudos) -> new ArrayList<>())
				.add(new RecognitionValue(rs.getString(2), rs.getString(3)));
		});
		return values;
	}

	private long giverInIt() {
		Long giver = Caller.person();
		if (giver == null) {
			throw new StateConflictException("recognition.kudos.giver.none");
		}
		if (!this.directory.person(giver).inIt()) {
			throw new StateConflictException("recognition.kudos.giver.outsideIt");
		}
		return giver;
	}

	private PersonSummary recipient(Long recipientId) {
		if (recipientId == null) {
			throw new InvalidInputException("recipientId", "recognition.kudos.recipient.required");
		}
		PersonSummary recipient;
		try {
			recipient = this.directory.person(recipientId);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("recipientId", "recognition.kudos.recipient.unknown", recipientId);
		}
		if (!recipient.inIt()) {
			throw new InvalidInputException("recipientId", "recognition.kudos.recipient.outsideIt", recipient.name());
		}
		return recipient;
	}

	/**
	 * Takes points from the giver's allowance this month, in one conditional update, so
	 * that kudos given at once never spend more than the allowance between them.
	 */
	private void spend(long giver, int points) {
		if (!this.settings.enabled()) {
			throw new InvalidInputException("points", "recognition.kudos.points.off");
		}
		String month = month();
		this.jdbc.sql("""
				insert into recognition_allowance (person_id, in_month, spent) values (:person, :month, 0)
				on conflict do nothing
				""").param("person", giver).param("month", month).update();
		int spent = this.jdbc.sql("""
				update recognition_allowance set spent = spent + :points
				where person_id = :person and in_month = :month and spent + :points <= :allowance
				""")
			.param("points", points)
			.param("person", giver)
			.param("month", month)
			.param("allowance", this.settings.monthlyAllowance())
			.update();
		if (spent == 0) {
			int left = this.settings.monthlyAllowance() - this.jdbc
				.sql("select spent from recognition_allowance where person_id = :person and in_month = :month")
				.param("person", giver)
				.param("month", month)
				.query(Integer.class)
				.single();
			throw new InvalidInputException("points", "recognition.kudos.points.over", points, Math.max(0, left),
					this.settings.monthlyAllowance());
		}
	}

	private String month() {
		return YearMonth.now(this.clock).toString();
	}

}
