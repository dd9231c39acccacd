package org.rapport.benchmark;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * What the survey benchmark stands on, written straight into PostgreSQL on top of the
 * demo organisation: business units with a relationship to each of five IT groups, tens
 * of thousands of partners with email addresses as the relationships' stakeholders, and a
 * closed service quality pulse with a hundred thousand responses of ten answers each.
 * Rows are written set-based with {@code generate_series}, as {@link BenchmarkData} does;
 * the benchmark starts from a fresh schema each run.
 * <p>
 * It also writes a launch's rows the fastest way PostgreSQL takes them, with
 * {@code COPY ... FROM STDIN}, as the physical baseline of a launch.
 */
final class SurveyData {

	static final String UNIT_PREFIX = "survey partner ";

	/** The relationships of the generated units, in the order they were made. */
	private static final String RELATIONSHIPS = """
			select r.id from relationships_relationship r
			join directory_org_unit u on u.id = r.counterpart_id
			where u.name_key like 'survey partner %'
			order by r.id""";

	private static final String[] FIRST = { "Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken",
			"Margaret", "Dennis", "Radia", "Niklaus", "Hedy", "Tim", "Katherine", "John", "Sophie", "Linus", "Anita",
			"Guido" };

	private static final String[] LAST = { "Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen",
			"Thompson", "Hamilton", "Ritchie", "Perlman", "Wirth", "Lamarr", "Berners-Lee", "Johnson", "Backus",
			"Wilson", "Torvalds", "Borg", "van Rossum" };

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Connection connection;

	SurveyData(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Writes the units, their relationships and the partners who are their stakeholders.
	 * @param units how many business units
	 * @param perUnit how many IT groups each has a relationship with
	 * @param stakeholders how many partners each relationship has
	 * @return the relationships, in the order they were made
	 * @throws SQLException when the load fails; nothing is kept then
	 */
	List<Long> partners(int units, int perUnit, int stakeholders) throws SQLException {
		inTransaction(() -> {
			update("""
					insert into directory_org_unit (name, name_key, kind, parent_id, created_at)
					select 'Survey Partner ' || lpad(g::text, 4, '0'), 'survey partner ' || lpad(g::text, 4, '0'),
					       'BUSINESS_UNIT', null, now()
					from generate_series(1, ?) g
					""", units);
			update("""
					with groups as (
					  select u.id, row_number() over (order by u.id) - 1 as g
					  from directory_org_unit u
					  where u.kind = 'IT_GROUP'
					    and exists (select 1 from directory_person p where p.unit_id = u.id and p.in_it)
					), members as (
					  select p.unit_id, p.id, row_number() over (partition by p.unit_id order by p.id) - 1 as m,
					         count(*) over (partition by p.unit_id) as size
					  from directory_person p where p.in_it
					), units as (
					  select id, row_number() over (order by id) - 1 as n
					  from directory_org_unit where name_key like 'survey partner %'
					)
					insert into relationships_relationship
					  (it_group_id, counterpart_id, kind, owner_id, tier, created_at, updated_at)
					select gr.id, un.id, 'BUSINESS_UNIT', mb.id,
					       (array['STRATEGIC', 'CORE', 'CORE', 'TRANSACTIONAL'])[1 + ((un.n + k) % 4)::int],
					       now() - interval '2 years', now()
					from units un
					cross join generate_series(0, ? - 1) k
					join groups gr on gr.g = (un.n + k) % (select count(*) from groups)
					join members mb on mb.unit_id = gr.id and mb.m = (un.n / (select count(*) from groups)) % mb.size
					order by un.n, k
					""", perUnit);
			update("create temporary table survey_relationship on commit drop as "
					+ "select r.id, r.counterpart_id, r.owner_id, row_number() over (order by r.id) - 1 as n "
					+ "from relationships_relationship r join directory_org_unit u on u.id = r.counterpart_id "
					+ "where u.name_key like 'survey partner %'");
			// Person g is a stakeholder of relationship g / stakeholders and works in its
			// counterpart; names and addresses look like those of a real directory.
			update("""
					insert into directory_person (name, name_key, employee_id, email, email_key, title, unit_id,
					                              manager_id, in_it, created_at, updated_at)
					select n.name, lower(n.name), null, n.email, lower(n.email),
					       (array['Business analyst', 'Finance manager', 'Head of operations', 'Product owner',
					              'Team lead'])[1 + (g % 5)::int],
					       r.counterpart_id, null, false, now(), now()
					from generate_series(0, (select count(*) from survey_relationship) * ? - 1) g
					join survey_relationship r on r.n = g / ?
					cross join lateral (
					  select (?::text[])[1 + (g % 20)::int] || ' ' || (?::text[])[1 + ((g / 20) % 20)::int] || ' '
					           || lpad(g::text, 5, '0') as name,
					         lower((?::text[])[1 + (g % 20)::int]) || '.' || lower(replace((?::text[])[1 + ((g / 20) % 20)::int], ' ', ''))
					           || '.' || lpad(g::text, 5, '0') || '@partner' || lpad((r.n / 5)::text, 4, '0') || '.example' as email
					) n
					order by g
					""",
					stakeholders, stakeholders, FIRST, LAST, FIRST, LAST);
			update("""
					insert into relationships_stakeholder
					  (relationship_id, person_id, name, email_key, role, influence, interest, stance, it_contact_id)
					select r.id, p.id, p.name, null, p.title, 1 + (p.id % 5)::int, 1 + ((p.id / 5) % 5)::int,
					       (array['CHAMPION', 'SUPPORTER', 'NEUTRAL', 'SCEPTIC', 'DETRACTOR'])[1 + (p.id % 5)::int],
					       r.owner_id
					from (select id, name, title, row_number() over (order by id) - 1 as g
					      from directory_person where email_key like '%@partner____.example') p
					join survey_relationship r on r.n = p.g / ?
					""", stakeholders);
		});
		analyze();
		return ids(RELATIONSHIPS);
	}

	/**
	 * Writes a closed anonymous service quality campaign over some relationships, with
	 * its invitations, responses and ten answers each (minimum, desired and perceived
	 * level of ten items), as if its partners had answered over four weeks.
	 * @param relationships the relationships it surveyed
	 * @param responses how many responses
	 * @return the campaign
	 * @throws SQLException when the load fails; nothing is kept then
	 */
	long answeredCampaign(List<Long> relationships, int responses) throws SQLException {
		long[] campaign = new long[1];
		inTransaction(() -> {
			campaign[0] = count(
					"""
							insert into surveys_campaign (template_id, name, channel, state, opens_on, closes_on,
							  minimum_responses, comment_minimum, reminder_days, created_at, created_by, launched_at,
							  closed_at, version)
							select t.id, 'Service quality, autumn', 'PULSE', 'CLOSED', current_date - 30, current_date - 2, 5, 5,
							       '7,14', now() - interval '31 days', 'brm', now() - interval '30 days', now() - interval '2 days', 0
							from surveys_template t where t.template_key = 'service-quality'
							returning id""");
			try (PreparedStatement statement = this.connection.prepareStatement(
					"insert into surveys_campaign_relationship (campaign_id, relationship_id) values (?, ?)")) {
				for (long relationship : relationships) {
					statement.setLong(1, campaign[0]);
					statement.setLong(2, relationship);
					statement.addBatch();
				}
				statement.executeBatch();
			}
			update("create temporary table answered_relationship on commit drop as "
					+ "select r.id, r.counterpart_id, row_number() over (order by r.id) - 1 as n "
					+ "from relationships_relationship r where r.id = any (?)",
					(Object) relationships.toArray(Long[]::new));
			// A tenth more invitations than responses. Partner g is invited about three
			// relationships at most, each at most once, so that every pair is unique.
			int partners = (int) count(
					"select count(*) from directory_person where email_key like '%@partner____.example'");
			int invitations = responses + responses / 10;
			update("""
					insert into surveys_invitation (campaign_id, person_id, relationship_id, unit_id, used, reminders)
					select ?, p.id, r.id, r.counterpart_id, i < ?, case when i % 3 = 0 then 1 else 0 end
					from generate_series(0, ? - 1) i
					join (select id, row_number() over (order by id) - 1 as g
					      from directory_person where email_key like '%@partner____.example') p on p.g = i % ?
					join answered_relationship r
					  on r.n = (i % ? + (i / ?) * 67) % (select count(*) from answered_relationship)
					order by i
					""", campaign[0], responses, invitations, partners, partners, partners);
			update("""
					insert into surveys_response (campaign_id, invitation_id, respondent_id, relationship_id, unit_id,
					                              submitted_on, imported)
					select campaign_id, null, null, relationship_id, unit_id, current_date - 30 + (id % 28)::int, false
					from surveys_invitation where campaign_id = ? and used
					order by id
					""", campaign[0]);
			// Minimum 3 to 6, desired above it (below it for one response in 97, which
			// the figures count as inconsistent), perceived 1 to 9 leaning by
			// relationship.
			update("""
					insert into surveys_answer (response_id, question_id, score, minimum, desired, choices, comment)
					select r.id, q.id,
					       1 + ((r.id * 31 + q.position * 7 + r.relationship_id) % 9)::int,
					       3 + ((r.id + q.position) % 4)::int,
					       case when r.id % 97 = 0 then 2 else 7 + ((r.id * 7 + q.position) % 3)::int end,
					       null, null
					from surveys_response r
					cross join (select q.id, q.position from surveys_question q
					            join surveys_template t on t.id = q.template_id
					            where t.template_key = 'service-quality' and q.position <= 10) q
					where r.campaign_id = ?
					""", campaign[0]);
		});
		analyze();
		return campaign[0];
	}

	/**
	 * Writes the rows a launch writes, for the same recipients, with {@code COPY}, in a
	 * transaction that is rolled back: one invitation per stakeholder with an address and
	 * relationship, the hash of its token, and its email in the outbox with the same
	 * arguments. The rows are made before the clock starts.
	 * @param campaign the campaign, prepared and not launched
	 * @param campaignName its name, which its emails carry
	 * @param closesOn its last day, which its emails carry
	 * @param baseUrl the start of the links
	 * @return how long the three {@code COPY} statements took, in nanoseconds, and how
	 * many rows they wrote
	 * @throws SQLException when a statement fails
	 */
	Copied copyLaunch(long campaign, String campaignName, LocalDate closesOn, String baseUrl) throws SQLException {
		List<String[]> audience = new ArrayList<>();
		try (PreparedStatement statement = this.connection.prepareStatement("""
				select s.person_id, p.name, p.email, s.relationship_id, r.counterpart_id, u.name
				from surveys_campaign_relationship c
				join relationships_stakeholder s on s.relationship_id = c.relationship_id
				join directory_person p on p.id = s.person_id
				join relationships_relationship r on r.id = s.relationship_id
				join directory_org_unit u on u.id = r.counterpart_id
				where c.campaign_id = ? and p.email is not null and r.ended_at is null
				order by s.relationship_id, p.name, s.person_id""")) {
			statement.setLong(1, campaign);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					audience.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3),
							rows.getString(4), rows.getString(5), rows.getString(6) });
				}
			}
		}
		long first = count("select coalesce(max(id), 0) + 1000000 from surveys_invitation");
		String now = LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
		String closing = closesOn.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
		StringBuilder invitations = new StringBuilder();
		StringBuilder tokens = new StringBuilder();
		StringBuilder emails = new StringBuilder();
		for (int i = 0; i < audience.size(); i++) {
			String[] recipient = audience.get(i);
			long id = first + i;
			byte[] bytes = new byte[16];
			RANDOM.nextBytes(bytes);
			String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			invitations.append(id)
				.append('\t')
				.append(campaign)
				.append('\t')
				.append(recipient[0])
				.append('\t')
				.append(recipient[3])
				.append('\t')
				.append(recipient[4])
				.append("\tf\n");
			tokens.append(sha256(token)).append('\t').append(id).append('\t').append(now).append('\n');
			Map<String, String> arguments = new LinkedHashMap<>();
			arguments.put("campaign", campaignName);
			arguments.put("counterpart", recipient[5]);
			arguments.put("link", baseUrl + "/s/" + token);
			arguments.put("closesOn", closing);
			arguments.put("channel", "PULSE");
			emails.append("survey-invitation-")
				.append(id)
				.append("\tcampaign-")
				.append(campaign)
				.append('\t')
				.append(copyText(recipient[2]))
				.append('\t')
				.append(copyText(recipient[1]))
				.append("\tsurveys/invitation\t")
				.append(copyText(json(arguments)))
				.append("\tQUEUED\t0\t")
				.append(now)
				.append('\t')
				.append(now)
				.append('\n');
		}
		CopyManager copy = this.connection.unwrap(PGConnection.class).getCopyAPI();
		boolean autoCommit = this.connection.getAutoCommit();
		this.connection.setAutoCommit(false);
		try {
			long start = System.nanoTime();
			long rows = copy.copyIn(
					"copy surveys_invitation (id, campaign_id, person_id, relationship_id, unit_id, used) from stdin",
					new StringReader(invitations.toString()));
			rows += copy.copyIn("copy surveys_invitation_token (token_hash, invitation_id, issued_at) from stdin",
					new StringReader(tokens.toString()));
			rows += copy.copyIn("""
					copy notification_email (email_key, wave, recipient, recipient_name, template, arguments, state,
					  attempts, queued_at, next_attempt_at) from stdin""", new StringReader(emails.toString()));
			return new Copied(System.nanoTime() - start, audience.size(), rows);
		}
		catch (java.io.IOException ex) {
			throw new SQLException(ex);
		}
		finally {
			this.connection.rollback();
			this.connection.setAutoCommit(autoCommit);
		}
	}

	/**
	 * How long a launch's rows took to {@code COPY}.
	 *
	 * @param nanos the time of the three statements
	 * @param recipients the invitations written
	 * @param rows the rows written in all three tables
	 */
	record Copied(long nanos, int recipients, long rows) {
	}

	/**
	 * How big the data is, table by table, for the report.
	 * @return rows by table
	 * @throws SQLException when a table cannot be counted
	 */
	Map<String, Long> sizes() throws SQLException {
		Map<String, Long> sizes = new LinkedHashMap<>();
		for (String table : new String[] { "directory_org_unit", "directory_person", "relationships_relationship",
				"relationships_stakeholder", "surveys_campaign", "surveys_invitation", "surveys_invitation_token",
				"surveys_response", "surveys_answer", "notification_email" }) {
			sizes.put(table, count("select count(*) from " + table));
		}
		return sizes;
	}

	long count(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			bind(statement, parameters);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? rows.getLong(1) : 0;
			}
		}
	}

	List<Long> ids(String sql, Object... parameters) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			bind(statement, parameters);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
				}
			}
		}
		return ids;
	}

	List<String> strings(String sql, Object... parameters) throws SQLException {
		List<String> values = new ArrayList<>();
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			bind(statement, parameters);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					values.add(rows.getString(1));
				}
			}
		}
		return values;
	}

	int update(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			bind(statement, parameters);
			return statement.executeUpdate();
		}
	}

	static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void bind(PreparedStatement statement, Object... parameters) throws SQLException {
		for (int i = 0; i < parameters.length; i++) {
			if (parameters[i] instanceof String[] texts) {
				statement.setArray(i + 1, this.connection.createArrayOf("text", texts));
			}
			else if (parameters[i] instanceof Long[] numbers) {
				statement.setArray(i + 1, this.connection.createArrayOf("bigint", numbers));
			}
			else {
				statement.setObject(i + 1, parameters[i]);
			}
		}
	}

	private void analyze() throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("analyze");
		}
	}

	private void inTransaction(Work work) throws SQLException {
		boolean autoCommit = this.connection.getAutoCommit();
		this.connection.setAutoCommit(false);
		try {
			work.run();
			this.connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			this.connection.rollback();
			throw ex;
		}
		finally {
			this.connection.setAutoCommit(autoCommit);
		}
	}

	/** The arguments as the outbox stores them: a JSON object of strings. */
	private static String json(Map<String, String> arguments) {
		StringBuilder json = new StringBuilder("{");
		arguments.forEach((key, value) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(key).append("\":\"").append(value.replace("\\", "\\\\").replace("\"", "\\\""));
			json.append('"');
		});
		return json.append('}').toString();
	}

	/** A value in {@code COPY}'s text format. */
	private static String copyText(String value) {
		return (value == null) ? "\\N"
				: value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	private interface Work {

		void run() throws SQLException;

	}

}
