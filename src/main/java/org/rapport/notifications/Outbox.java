package org.rapport.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the outbox table {@code notification_email}: queueing, the drain's claims
 * and outcomes, and the administrator's reads. Every change of state is one conditional
 * update on the state the row is expected in, so that two nodes never both win it.
 */
@Component
class Outbox {

	static final String NO_MAIL_SERVER = "no-mail-server";

	static final String INTERRUPTED = "interrupted-mid-send";

	private static final int ERROR_MAX = 2000;

	private static final TypeReference<Map<String, String>> ARGUMENTS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, email_key, wave, recipient, recipient_name, template, state, attempts, queued_at,
			next_attempt_at, sent_at, last_error""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	// A mapper of its own: the arguments are Rapport's own JSON, read back as written.
	private final JsonMapper json = JsonMapper.builder().build();

	Outbox(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Inserts emails in batches; an email whose key is there already is left alone.
	 * @return how many were inserted
	 */
	int insert(Collection<Email> emails, LocalDateTime now) {
		List<Object[]> rows = new ArrayList<>(emails.size());
		for (Email email : emails) {
			rows.add(new Object[] { email.key(), email.wave(), email.recipient(), email.recipientName(),
					email.template(), this.json.writeValueAsString(email.arguments()), now, now });
		}
		int inserted = 0;
		for (int[] counts : this.batch.batchUpdate("""
				insert into notification_email (email_key, wave, recipient, recipient_name, template, arguments,
				    state, attempts, queued_at, next_attempt_at)
				values (?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)
				on conflict do nothing
				""", rows, 500, (statement, row) -> {
			for (int i = 0; i < row.length; i++) {
				statement.setObject(i + 1, row[i]);
			}
		})) {
			for (int count : counts) {
				inserted += Math.max(count, 0);
			}
		}
		return inserted;
	}

	/**
	 * Claims the next due email for a send: marks it {@code SENDING} with the node and
	 * the attempt. Rows that another transaction holds are skipped, not waited for. Run
	 * in a transaction that commits before the mail server is spoken to.
	 */
	Optional<Claim> claimNext(LocalDateTime now, String node) {
		// H2 applies the limit before it skips locked rows: a second claim at once finds
		// nothing there and its drain ends the run. That is enough for H2, which serves
		// one node; PostgreSQL skips to the next free row.
		Optional<Long> id = this.jdbc.sql("""
				select id from notification_email
				where state = 'QUEUED' and next_attempt_at <= :now
				order by next_attempt_at, id
				limit 1
				for update skip locked
				""").param("now", now).query(Long.class).optional();
		if (id.isEmpty()) {
			return Optional.empty();
		}
		this.jdbc.sql("""
				update notification_email
				set state = 'SENDING', attempts = attempts + 1, claimed_at = :now, claimed_by = :node
				where id = :id and state = 'QUEUED'
				""").param("now", now).param("node", node).param("id", id.get()).update();
		return this.jdbc.sql("""
				select id, recipient, recipient_name, template, arguments, attempts, email_key
				from notification_email where id = :id
				""")
			.param("id", id.get())
			.query((rs, n) -> new Claim(rs.getLong("id"), rs.getString("recipient"), rs.getString("recipient_name"),
					rs.getString("template"), arguments(rs.getString("arguments")), rs.getInt("attempts"), node,
					rs.getString("email_key")))
			.optional();
	}

	/**
	 * Records that the mail server accepted a claimed email. Also from
	 * {@code INTERRUPTED}: a send that outlived its lease did go out after all.
	 */
	boolean sent(Claim claim, LocalDateTime now) {
		return this.jdbc.sql("""
				update notification_email set state = 'SENT', sent_at = :now, last_error = null
				where id = :id and state in ('SENDING', 'INTERRUPTED') and claimed_by = :node and attempts = :attempt
				""")
			.param("now", now)
			.param("id", claim.id())
			.param("node", claim.node())
			.param("attempt", claim.attempt())
			.update() == 1;
	}

	/** Puts a claimed email back in the queue for another attempt. */
	boolean retry(Claim claim, LocalDateTime at, String reason) {
		return this.jdbc.sql("""
				update notification_email set state = 'QUEUED', next_attempt_at = :at, last_error = :reason
				where id = :id and state = 'SENDING' and claimed_by = :node and attempts = :attempt
				""")
			.param("at", at)
			.param("reason", truncate(reason))
			.param("id", claim.id())
			.param("node", claim.node())
			.param("attempt", claim.attempt())
			.update() == 1;
	}

	/** Fails a claimed email for good, keeping the reason. */
	boolean fail(Claim claim, String reason) {
		return this.jdbc.sql("""
				update notification_email set state = 'FAILED', last_error = :reason
				where id = :id and state = 'SENDING' and claimed_by = :node and attempts = :attempt
				""")
			.param("reason", truncate(reason))
			.param("id", claim.id())
			.param("node", claim.node())
			.param("attempt", claim.attempt())
			.update() == 1;
	}

	/**
	 * Marks the emails claimed before a moment and still in {@code SENDING} as
	 * interrupted: their node stopped mid-send.
	 */
	int interruptClaimedBefore(LocalDateTime before) {
		return this.jdbc.sql("""
				update notification_email set state = 'INTERRUPTED', last_error = :reason
				where state = 'SENDING' and claimed_at < :before
				""").param("reason", INTERRUPTED).param("before", before).update();
	}

	/** Holds the due emails back as not sent, for want of a mail server. */
	int holdBack(LocalDateTime now) {
		return this.jdbc.sql("""
				update notification_email set state = 'NOT_SENT', last_error = :reason
				where state = 'QUEUED' and next_attempt_at <= :now
				""").param("reason", NO_MAIL_SERVER).param("now", now).update();
	}

	/**
	 * The emails that count against a quota from a moment on: those sent since, and those
	 * being sent now.
	 */
	long sentOrSendingSince(LocalDateTime since) {
		long sent = this.jdbc.sql("select count(*) from notification_email where sent_at >= :since and state = 'SENT'")
			.param("since", since)
			.query(Long.class)
			.single();
		long sending = this.jdbc.sql("select count(*) from notification_email where state = 'SENDING'")
			.query(Long.class)
			.single();
		return sent + sending;
	}

	/** Queues an email again that ended without being sent. */
	boolean requeue(long id, OutboxState from, LocalDateTime now) {
		return this.jdbc.sql("""
				update notification_email
				set state = 'QUEUED', attempts = 0, next_attempt_at = :now, claimed_at = null, claimed_by = null,
				    sent_at = null, last_error = null
				where id = :id and state = :from
				""").param("now", now).param("id", id).param("from", from.name()).update() == 1;
	}

	/**
	 * Queues again every email not sent for want of a mail server, of one wave or all.
	 */
	int requeueNotSent(String wave, LocalDateTime now) {
		return this.jdbc.sql("""
				update notification_email
				set state = 'QUEUED', attempts = 0, next_attempt_at = :now, claimed_at = null, claimed_by = null,
				    last_error = null
				where state = 'NOT_SENT'
				""" + ((wave != null) ? " and wave = :wave" : ""))
			.params((wave != null) ? Map.of("now", now, "wave", wave) : Map.of("now", now))
			.update();
	}

	Optional<OutboxEntry> entry(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from notification_email where id = :id")
			.param("id", id)
			.query(Outbox::entry)
			.optional();
	}

	Map<String, String> arguments(long id) {
		return arguments(this.jdbc.sql("select arguments from notification_email where id = :id")
			.param("id", id)
			.query(String.class)
			.single());
	}

	/** A page of entries, newest first, after an id. */
	List<OutboxEntry> entries(OutboxState state, String wave, Long beforeId, int limit) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (state != null) {
			where.add("state = :state");
			params.put("state", state.name());
		}
		if (wave != null) {
			where.add("wave = :wave");
			params.put("wave", wave);
		}
		if (beforeId != null) {
			where.add("id < :before");
			params.put("before", beforeId);
		}
		params.put("limit", limit);
		return this.jdbc.sql("select " + COLUMNS + " from notification_email"
				+ (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by id desc limit :limit")
			.params(params)
			.query(Outbox::entry)
			.list();
	}

	/**
	 * How many emails are in each state, counted up to a cap so that a long history of
	 * sent emails costs no full count.
	 */
	Map<OutboxState, Long> counts(int cap) {
		Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
		for (OutboxState state : OutboxState.values()) {
			counts.put(state, this.jdbc.sql("""
					select count(*) from (select 1 from notification_email where state = :state limit :cap) capped
					""").param("state", state.name()).param("cap", cap).query(Long.class).single());
		}
		return counts;
	}

	Map<OutboxState, Long> waveCounts(String wave) {
		Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
		for (OutboxState state : OutboxState.values()) {
			counts.put(state, 0L);
		}
		this.jdbc.sql("select state, count(*) from notification_email where wave = :wave group by state")
			.param("wave", wave)
			.query((rs, n) -> counts.put(OutboxState.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	private Map<String, String> arguments(String text) {
		return this.json.readValue(text, ARGUMENTS);
	}

	private static OutboxEntry entry(ResultSet rs, int n) throws SQLException {
		return new OutboxEntry(rs.getLong("id"), rs.getString("email_key"), rs.getString("wave"),
				rs.getString("recipient"), rs.getString("recipient_name"), rs.getString("template"),
				OutboxState.valueOf(rs.getString("state")), rs.getInt("attempts"), time(rs, "queued_at"),
				time(rs, "next_attempt_at"), time(rs, "sent_at"), rs.getString("last_error"));
	}

	private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toLocalDateTime() : null;
	}

	private static String truncate(String text) {
		return (text == null || text.length() <= ERROR_MAX) ? text : text.substring(0, ERROR_MAX);
	}

	/**
	 * An email a node has claimed for one attempt.
	 *
	 * @param id the entry
	 * @param recipient the address
	 * @param recipientName the name, may be {@code null}
	 * @param template the template
	 * @param arguments the arguments
	 * @param attempt which attempt this is, from 1
	 * @param node the node that claimed it
	 * @param key the email's key
	 */
	record Claim(long id, String recipient, String recipientName, String template, Map<String, String> arguments,
			int attempt, String node, String key) {
	}

}
