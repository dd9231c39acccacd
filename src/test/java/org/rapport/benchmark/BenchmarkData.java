package org.rapport.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Grows the demo organisation to the benchmark's size on PostgreSQL: vendors with a
 * relationship each, their owners' history, stakeholders, commitments and touchpoints
 * until the interactions reach the target, every touchpoint with its owner as participant
 * and every third with a stakeholder met. One relationship is far busier than the rest,
 * so that its timeline has deep pages.
 * <p>
 * Rows are written set-based with {@code generate_series}, in one transaction: a million
 * touchpoints take well under a minute this way, where the batched history import checks
 * and inserts them one by one. Data already there is kept, so reruns start at once.
 */
final class BenchmarkData {

	static final String VENDOR_PREFIX = "benchmark vendor ";

	/** The busiest relationship's vendor. */
	static final String BUSIEST = VENDOR_PREFIX + "00001";

	private static final String GENERATED = """
			select r.id from relationships_relationship r
			join directory_org_unit c on c.id = r.counterpart_id
			where c.name_key like 'benchmark vendor %'""";

	private final Connection connection;

	BenchmarkData(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Loads the generated portfolio unless it is there already.
	 * @param interactions how many interactions there should be in all, demo included
	 * @param relationships how many relationships to add
	 * @return whether anything was loaded
	 * @throws SQLException when the load fails; nothing is kept then
	 */
	boolean ensure(long interactions, int relationships) throws SQLException {
		if (count("select count(*) from directory_org_unit where name_key like 'benchmark vendor %'") > 0) {
			return false;
		}
		long existing = count("select count(*) from interactions_interaction");
		long wanted = Math.max(0, interactions - existing);
		long busiest = Math.min(50_000, wanted / 10);
		long perRelationship = Math.max(1, (wanted - busiest) / relationships);
		boolean autoCommit = this.connection.getAutoCommit();
		this.connection.setAutoCommit(false);
		try {
			update("""
					insert into directory_org_unit (name, name_key, kind, parent_id, created_at)
					select 'Benchmark Vendor ' || lpad(g::text, 5, '0'), 'benchmark vendor ' || lpad(g::text, 5, '0'),
					       'VENDOR', null, now()
					from generate_series(1, ?) g
					""", relationships);
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
					), vendors as (
					  select id, row_number() over (order by id) - 1 as n
					  from directory_org_unit where name_key like 'benchmark vendor %'
					)
					insert into relationships_relationship
					  (it_group_id, counterpart_id, kind, owner_id, tier, created_at, updated_at)
					select gr.id, v.id, 'VENDOR', mb.id,
					       (array['STRATEGIC', 'CORE', 'CORE', 'TRANSACTIONAL'])[1 + (v.n % 4)::int],
					       now() - interval '3 years', now()
					from vendors v
					join groups gr on gr.g = v.n % (select count(*) from groups)
					join members mb on mb.unit_id = gr.id and mb.m = (v.n / (select count(*) from groups)) % mb.size
					""");
			update("create temporary table benchmark_relationship on commit drop as " + GENERATED);
			update("""
					insert into relationships_owner_change
					  (relationship_id, owner_id, previous_owner_id, changed_at, changed_by)
					select r.id, r.owner_id, null, r.created_at, 'benchmark'
					from relationships_relationship r join benchmark_relationship b on b.id = r.id
					""");
			update("""
					insert into relationships_stakeholder
					  (relationship_id, person_id, name, email_key, role, influence, interest, stance, it_contact_id)
					select r.id, null, 'Benchmark Contact ' || s, null, 'Account manager', 1 + ((r.id + s) % 5)::int,
					       1 + ((r.id * s) % 5)::int,
					       (array['CHAMPION', 'SUPPORTER', 'NEUTRAL', 'SCEPTIC', 'DETRACTOR'])[1 + ((r.id + s) % 5)::int],
					       r.owner_id
					from relationships_relationship r join benchmark_relationship b on b.id = r.id
					cross join generate_series(1, 3) s
					""");
			// Each relationship gets about the same share, give or take half, spread
			// evenly over two years up to today; the busiest gets its own count.
			update("""
					insert into interactions_interaction
					  (relationship_id, type, occurred_on, summary, sentiment, logged_by, logged_at)
					select c.id,
					       (array['MEETING', 'MEETING', 'CALL', 'CALL', 'EMAIL', 'WORKSHOP', 'BUSINESS_REVIEW', 'SOCIAL',
					              'ESCALATION'])[1 + g % 9],
					       current_date - ((g::bigint * 730) / c.n)::int,
					       (array['Roadmap for the coming quarter', 'Service review and open incidents',
					              'Renewal and licensing questions', 'Onboarding of the new team',
					              'Data quality in monthly reporting', 'Priorities for the next release',
					              'Feedback on the service desk', 'Planning the migration weekend',
					              'Budget for next year', 'Lessons learned from the last outage'])[1 + ((g + c.id) % 10)::int],
					       ((g + c.id) % 5)::int - 2, 'benchmark', now()
					from (
					  select r.id, case when u.name_key = ? then ?
					                    else ? / 2 + (r.id * 7919) % (? + 1) end as n
					  from relationships_relationship r join benchmark_relationship b on b.id = r.id
					  join directory_org_unit u on u.id = r.counterpart_id
					) c
					cross join lateral generate_series(0, (c.n - 1)::int) g
					""",
					BUSIEST, busiest, perRelationship, perRelationship);
			update("""
					insert into interactions_participant (interaction_id, person_id)
					select i.id, r.owner_id
					from interactions_interaction i join relationships_relationship r on r.id = i.relationship_id
					where i.logged_by = 'benchmark'
					""");
			update("""
					insert into interactions_stakeholder_met (interaction_id, stakeholder_id)
					select i.id, s.id
					from interactions_interaction i
					join relationships_stakeholder s on s.relationship_id = i.relationship_id
					  and s.name = 'Benchmark Contact 1'
					where i.logged_by = 'benchmark' and i.id % 3 = 0
					""");
			update("""
					update relationships_relationship r
					set last_contact_on = (select max(i.occurred_on) from interactions_interaction i
					                       where i.relationship_id = r.id)
					where r.id in (select id from benchmark_relationship)
					""");
			update("""
					insert into commitments_commitment
					  (relationship_id, description, owner_id, due_on, interaction_id, state, closed_on, created_at,
					   created_by)
					select r.id, 'Benchmark promise ' || g, r.owner_id, current_date - 700 + g * 36, null, s.state,
					       case when s.state in ('KEPT', 'BROKEN', 'CANCELLED') then current_date - 700 + g * 36 end,
					       now(), 'benchmark'
					from relationships_relationship r join benchmark_relationship b on b.id = r.id
					cross join generate_series(0, 19) g
					cross join lateral (select (array['KEPT', 'KEPT', 'KEPT', 'BROKEN', 'OPEN', 'RENEGOTIATED',
					                                  'CANCELLED'])[1 + ((g + r.id) % 7)::int] as state) s
					""");
			this.connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			this.connection.rollback();
			throw ex;
		}
		finally {
			this.connection.setAutoCommit(autoCommit);
		}
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("analyze");
		}
		return true;
	}

	/**
	 * The busiest relationship, whose timeline the benchmark pages through.
	 * @return its id
	 * @throws SQLException when it cannot be read
	 */
	long busiestRelationship() throws SQLException {
		return count("""
				select r.id from relationships_relationship r
				join directory_org_unit c on c.id = r.counterpart_id
				where c.name_key = '%s'""".formatted(BUSIEST));
	}

	/**
	 * How big the data is, table by table, for the report.
	 * @return rows by table
	 * @throws SQLException when a table cannot be counted
	 */
	Map<String, Long> sizes() throws SQLException {
		Map<String, Long> sizes = new LinkedHashMap<>();
		for (String table : new String[] { "directory_org_unit", "directory_person", "relationships_relationship",
				"relationships_stakeholder", "interactions_interaction", "interactions_participant",
				"interactions_stakeholder_met", "commitments_commitment", "health_score", "health_history",
				"health_alert" }) {
			sizes.put(table, count("select count(*) from " + table));
		}
		return sizes;
	}

	long count(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? rows.getLong(1) : 0;
			}
		}
	}

	private void update(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.executeUpdate();
		}
	}

}
