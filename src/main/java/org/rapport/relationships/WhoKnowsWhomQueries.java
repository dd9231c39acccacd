package org.rapport.relationships;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.directory.UnitKind;
import org.rapport.relationships.WhoKnowsWhom.Counterpart;
import org.rapport.relationships.WhoKnowsWhom.CounterpartRef;
import org.rapport.relationships.WhoKnowsWhom.Link;
import org.rapport.relationships.WhoKnowsWhom.SoleLink;
import org.rapport.relationships.WhoKnowsWhom.Through;
import org.rapport.shared.Cursor;
import org.rapport.shared.KeysetPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model behind who knows whom. A person in IT knows a counterpart when they own
 * a relationship with it, take part in one, or are the IT contact of one of its
 * stakeholders. Every query is set-based over the caller's relationships: one query finds
 * the counterparts that rest on a single person, and the page's people and relationships
 * are read for the page's counterparts at once.
 */
@Component
class WhoKnowsWhomQueries {

	private final JdbcClient jdbc;

	WhoKnowsWhomQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	WhoKnowsWhom map(Viewer viewer, boolean onlySinglePerson, Cursor after, int size) {
		Scope scope = Scope.of(viewer);
		List<SoleRow> sole = soleLinks(scope);
		long counterparts = this.jdbc
			.sql("select count(distinct r.counterpart_id) from relationships_relationship r where 1 = 1"
					+ scope.condition())
			.params(scope.params())
			.query(Long.class)
			.single();
		List<Keyed> page = onlySinglePerson ? singlePage(sole, after, size + 1) : page(scope, after, size + 1);
		KeysetPage<CounterpartRef> refs = KeysetPage
			.of(page, size, (keyed) -> new Cursor(keyed.nameKey(), keyed.counterpart().id()))
			.map(Keyed::counterpart);
		Map<Long, List<Link>> people = new LinkedHashMap<>();
		Map<Long, Integer> peopleCounts = new LinkedHashMap<>();
		Map<Long, List<Through>> through = new LinkedHashMap<>();
		if (!refs.items().isEmpty()) {
			List<Long> ids = refs.items().stream().map(CounterpartRef::id).toList();
			people(scope, ids, people, peopleCounts);
			relationships(scope, ids, through);
		}
		KeysetPage<Counterpart> shown = refs
			.map((ref) -> new Counterpart(ref.id(), ref.name(), ref.kind(), peopleCounts.getOrDefault(ref.id(), 0),
					people.getOrDefault(ref.id(), List.of()), through.getOrDefault(ref.id(), List.of())));
		return new WhoKnowsWhom(shown, counterparts, sole.size(), byPerson(sole),
				sole.stream().map(SoleRow::personId).distinct().count());
	}

	/**
	 * The counterparts that only one person in IT knows, with that person, by the
	 * counterpart's name.
	 */
	private List<SoleRow> soleLinks(Scope scope) {
		// Only a counterpart whose relationships all have one owner can rest on one
		// person, so the owners narrow the search before participants and contacts are
		// read, by index, for those few.
		return this.jdbc
			.sql("""
					with candidates as (
					  select r.counterpart_id, min(r.owner_id) as person_id from relationships_relationship r
					  where 1 = 1 %1$s
					  group by r.counterpart_id having min(r.owner_id) = max(r.owner_id)
					)
					select c.id, c.name, c.name_key, c.kind, p.id as person_id, p.name as person_name
					from candidates k
					join directory_unit_name c on c.id = k.counterpart_id
					join directory_person_name p on p.id = k.person_id
					where not exists (
					    select 1 from relationships_participant pp join relationships_relationship r on r.id = pp.relationship_id
					    where r.counterpart_id = k.counterpart_id and pp.person_id <> k.person_id %1$s)
					  and not exists (
					    select 1 from relationships_stakeholder s join relationships_relationship r on r.id = s.relationship_id
					    where r.counterpart_id = k.counterpart_id and s.it_contact_id <> k.person_id %1$s)
					order by c.name_key, c.id
					"""
				.formatted(scope.condition()))
			.params(scope.params())
			.query((rs, n) -> new SoleRow(
					new CounterpartRef(rs.getLong("id"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind"))),
					rs.getString("name_key"), rs.getLong("person_id"), rs.getString("person_name")))
			.list();
	}

	private List<Keyed> page(Scope scope, Cursor after, int limit) {
		Map<String, Object> params = new LinkedHashMap<>(scope.params());
		params.put("limit", limit);
		String keyset = "";
		if (after != null) {
			keyset = " and (c.name_key > :key or (c.name_key = :key and c.id > :after))";
			params.put("key", after.key());
			params.put("after", after.id());
		}
		return this.jdbc.sql("""
				select c.id, c.name, c.name_key, c.kind from directory_unit_name c
				where exists (select 1 from relationships_relationship r where r.counterpart_id = c.id %s)%s
				order by c.name_key, c.id
				limit :limit
				""".formatted(scope.condition(), keyset))
			.params(params)
			.query((rs,
					n) -> new Keyed(new CounterpartRef(rs.getLong("id"), rs.getString("name"),
							UnitKind.valueOf(rs.getString("kind"))), rs.getString("name_key")))
			.list();
	}

	/**
	 * A page of the counterparts that rest on one person, which are few enough to page
	 * through in memory. The cursor is found by position, so the order stays the
	 * database's collation.
	 */
	private static List<Keyed> singlePage(List<SoleRow> sole, Cursor after, int limit) {
		int from = 0;
		if (after != null) {
			from = sole.size();
			for (int i = 0; i < sole.size(); i++) {
				if (sole.get(i).counterpart().id() == after.id()) {
					from = i + 1;
					break;
				}
			}
			// The last counterpart shown no longer rests on one person: go on by name.
			for (int i = 0; from == sole.size() && i < sole.size(); i++) {
				if (sole.get(i).nameKey().compareTo(after.key()) > 0) {
					from = i;
				}
			}
		}
		return sole.subList(from, sole.size())
			.stream()
			.limit(limit)
			.map((row) -> new Keyed(row.counterpart(), row.nameKey()))
			.toList();
	}

	/**
	 * The people who know each of the page's counterparts, owners first, the first few of
	 * each with a count of all.
	 */
	private void people(Scope scope, List<Long> ids, Map<Long, List<Link>> people, Map<Long, Integer> counts) {
		String only = " and r.counterpart_id in (:ids)" + scope.condition();
		Map<String, Object> params = new LinkedHashMap<>(scope.params());
		params.put("ids", ids);
		params.put("shown", WhoKnowsWhom.PEOPLE_SHOWN);
		this.jdbc
			.sql("""
					select counterpart_id, person_id, name, owner, participant, contact, people from (
					  select l.counterpart_id, l.person_id, p.name, max(l.owner) as owner, max(l.participant) as participant,
					         max(l.contact) as contact,
					         row_number() over (partition by l.counterpart_id
					                            order by max(l.owner) desc, max(l.participant) desc, p.name_key, p.id) as seq,
					         count(*) over (partition by l.counterpart_id) as people
					  from (
					    select r.counterpart_id, r.owner_id as person_id, 1 as owner, 0 as participant, 0 as contact
					    from relationships_relationship r where 1 = 1 %1$s
					    union all
					    select r.counterpart_id, pp.person_id, 0, 1, 0
					    from relationships_participant pp join relationships_relationship r on r.id = pp.relationship_id
					    where 1 = 1 %1$s
					    union all
					    select r.counterpart_id, s.it_contact_id, 0, 0, 1
					    from relationships_stakeholder s join relationships_relationship r on r.id = s.relationship_id
					    where s.it_contact_id is not null %1$s
					  ) l
					  join directory_person_name p on p.id = l.person_id
					  group by l.counterpart_id, l.person_id, p.name, p.name_key, p.id
					) x
					where seq <= :shown
					order by counterpart_id, seq
					"""
				.formatted(only))
			.params(params)
			.query((rs, n) -> {
				long counterpart = rs.getLong("counterpart_id");
				counts.put(counterpart, rs.getInt("people"));
				return people.computeIfAbsent(counterpart, (k) -> new ArrayList<>())
					.add(new Link(rs.getLong("person_id"), rs.getString("name"), rs.getInt("owner") == 1,
							rs.getInt("participant") == 1, rs.getInt("contact") == 1));
			})
			.list();
	}

	private void relationships(Scope scope, List<Long> ids, Map<Long, List<Through>> through) {
		Map<String, Object> params = new LinkedHashMap<>(scope.params());
		params.put("ids", ids);
		this.jdbc.sql("""
				select r.id, r.counterpart_id, g.name from relationships_relationship r
				join directory_unit_name g on g.id = r.it_group_id
				where r.counterpart_id in (:ids) %s
				order by g.name_key, r.id
				""".formatted(scope.condition()))
			.params(params)
			.query((rs, n) -> through.computeIfAbsent(rs.getLong("counterpart_id"), (k) -> new ArrayList<>())
				.add(new Through(rs.getLong("id"), rs.getString("name"))))
			.list();
	}

	private static List<SoleLink> byPerson(List<SoleRow> sole) {
		Map<Long, List<SoleRow>> byPerson = new LinkedHashMap<>();
		sole.forEach((row) -> byPerson.computeIfAbsent(row.personId(), (k) -> new ArrayList<>()).add(row));
		return byPerson.values()
			.stream()
			.sorted(Comparator.comparingInt((List<SoleRow> rows) -> -rows.size())
				.thenComparing((rows) -> rows.get(0).personName())
				.thenComparingLong((rows) -> rows.get(0).personId()))
			.limit(WhoKnowsWhom.SOLE_LINKS_SHOWN)
			.map((rows) -> new SoleLink(rows.get(0).personId(), rows.get(0).personName(),
					rows.stream().map(SoleRow::counterpart).toList()))
			.toList();
	}

	/**
	 * A counterpart that one person alone knows.
	 */
	private record SoleRow(CounterpartRef counterpart, String nameKey, long personId, String personName) {
	}

	/**
	 * A counterpart with the key it sorts by.
	 */
	private record Keyed(CounterpartRef counterpart, String nameKey) {
	}

	/**
	 * The relationships a viewer's map covers: the active ones, all of them for those who
	 * steer the portfolio, those of the groups they lead for IT leaders. An ended
	 * relationship links no one to its counterpart any more.
	 */
	private record Scope(String condition, Map<String, Object> params) {

		static Scope of(Viewer viewer) {
			String active = " and " + RelationshipFilter.State.ACTIVE.condition("r");
			if (viewer.portfolio()) {
				return new Scope(active, Map.of());
			}
			return new Scope(active + " and r.it_group_id in (:groups)",
					Map.of("groups", viewer.ledGroups().isEmpty() ? List.of(-1L) : List.copyOf(viewer.ledGroups())));
		}

	}

}
