package org.rapport.development;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryImports;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.ImportField;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.shared.ImportStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole programme of 1,000 mentees and 500 mentors, stored in the database, matched
 * through the service: every pair scored, the optimal assignment found (checked against
 * brute force on small programmes in {@link MentorMatchingTests}), capacities and
 * reporting lines kept. The time it takes is printed, not asserted.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class LargeProgrammeTests {

	static final int MENTEES = 1000;

	static final int MENTORS = 500;

	static final List<String> SKILLS = List.of("active-listening", "clear-communication", "empathy",
			"business-understanding", "reliability", "influence", "handling-conflict", "collaboration");

	@Autowired
	Mentoring mentoring;

	@Autowired
	DirectoryImports imports;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	NamedParameterJdbcTemplate batch;

	@Autowired
	JdbcClient jdbc;

	@Test
	void matchesAProgrammeOfAThousandMenteesAndFiveHundredMentors() {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String unit = mother.named("Large IT");
		mother.itGroup("Large IT");
		// Fifty leads, each with thirty people reporting to them: 1,550 people in IT.
		StringBuilder csv = new StringBuilder("employee_id,name,unit,in_it,manager_employee_id\n");
		for (int lead = 0; lead < 50; lead++) {
			csv.append("L-%s-%d,Lead %d %s,%s,yes,\n".formatted(run, lead, lead, run, unit));
		}
		for (int i = 0; i < MENTEES + MENTORS; i++) {
			csv.append("P-%s-%d,Person %d %s,%s,yes,L-%s-%d\n".formatted(run, i, i, run, unit, run, i % 50));
		}
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		mapping.put(ImportField.EMPLOYEE_ID, "employee_id");
		mapping.put(ImportField.NAME, "name");
		mapping.put(ImportField.UNIT, "unit");
		mapping.put(ImportField.IN_IT, "in_it");
		mapping.put(ImportField.MANAGER_EMPLOYEE_ID, "manager_employee_id");
		assertThat(SignedIn
			.asSystem(() -> this.imports.importNow("large.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
					mapping, Set.of()))
			.status()).isEqualTo(ImportStatus.DONE);
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("select id, employee_id from directory_person where employee_id like :run")
			.param("run", "%-" + run + "-%")
			.query((rs, n) -> ids.put(rs.getString(2), rs.getLong(1)))
			.list();
		mother.account("large-head-" + run, "large-password-1", ids.get("L-" + run + "-0"), Role.RELATIONSHIP_MANAGER);
		long programme = SignedIn.withRole("large-head", Role.RELATIONSHIP_MANAGER,
				() -> this.mentoring.create(new org.rapport.development.ProgrammeDraft("Large " + run, null)).id());

		// Mentors are the leads and 450 of their people; everyone else is a mentee.
		Random random = new Random(7);
		List<Long> mentors = new ArrayList<>();
		for (int lead = 0; lead < 50; lead++) {
			mentors.add(ids.get("L-" + run + "-" + lead));
		}
		for (int i = 0; i < MENTORS - 50; i++) {
			mentors.add(ids.get("P-" + run + "-" + i));
		}
		List<Long> mentees = new ArrayList<>();
		for (int i = MENTORS - 50; i < MENTORS - 50 + MENTEES; i++) {
			mentees.add(ids.get("P-" + run + "-" + i));
		}
		Map<Long, Integer> capacity = new HashMap<>();
		long started = System.nanoTime();
		signUps(programme, mentors, "MENTOR", random, capacity);
		signUps(programme, mentees, "MENTEE", random, capacity);
		long stored = System.nanoTime();

		MentoringProposal proposal = SignedIn.withRole("large-head", Role.RELATIONSHIP_MANAGER,
				() -> this.mentoring.match(programme));

		long matched = System.nanoTime();
		System.out.printf(
				"Mentoring: %d mentees and %d mentors (%d places) stored in %d ms, matched in %d ms: "
						+ "%d matched, total score %d, %d unmatched%n",
				MENTEES, MENTORS, capacity.values().stream().mapToInt(Integer::intValue).sum(),
				(stored - started) / 1_000_000, (matched - stored) / 1_000_000, proposal.matched(),
				proposal.totalScore(), proposal.unmatched().size());
		assertThat(proposal.matched() + proposal.unmatched().size()).isEqualTo(MENTEES);
		assertThat(proposal.matched()).isGreaterThan(MENTEES * 9 / 10);
		assertThat(proposal.totalScore()).isEqualTo(proposal.pairs().stream().mapToLong(ProposedPair::score).sum());
		Map<Long, Integer> load = new HashMap<>();
		proposal.pairs().forEach((pair) -> load.merge(pair.mentorId(), 1, Integer::sum));
		load.forEach((mentor, taken) -> assertThat(taken).isLessThanOrEqualTo(capacity.get(mentor)));
		// No one is mentored by their own lead.
		Map<Long, Long> leadOf = new HashMap<>();
		for (int i = 0; i < MENTEES + MENTORS; i++) {
			leadOf.put(ids.get("P-" + run + "-" + i), ids.get("L-" + run + "-" + (i % 50)));
		}
		assertThat(proposal.pairs()).allSatisfy((pair) -> {
			assertThat(pair.mentorId()).isNotEqualTo(leadOf.get(pair.menteeId()));
			assertThat(pair.score()).isPositive();
			assertThat(pair.shared().isEmpty() && !pair.preferred()).isFalse();
		});
	}

	/** Stores the sign-ups in batches, as an import would. */
	private void signUps(long programme, List<Long> people, String role, Random random, Map<Long, Integer> capacity) {
		List<SqlParameterSource> rows = new ArrayList<>();
		for (Long person : people) {
			int places = 1 + random.nextInt(5);
			if (role.equals("MENTOR")) {
				capacity.put(person, places);
			}
			rows.add(new MapSqlParameterSource().addValue("p", programme)
				.addValue("person", person)
				.addValue("role", role)
				.addValue("capacity", role.equals("MENTOR") ? places : null, java.sql.Types.INTEGER)
				.addValue("note", role.equals("MENTEE") ? "To grow." : null, java.sql.Types.VARCHAR)
				.addValue("at", LocalDateTime.now()));
		}
		this.batch.batchUpdate(
				"""
						insert into development_mentoring_signup (programme_id, person_id, role, capacity, goal_note, signed_up_at)
						values (:p, :person, :role, :capacity, :note, :at)
						""",
				rows.toArray(SqlParameterSource[]::new));
		Map<Long, Long> signUpOf = new HashMap<>();
		this.jdbc.sql("select person_id, id from development_mentoring_signup where programme_id = :p and role = :role")
			.param("p", programme)
			.param("role", role)
			.query((rs, n) -> signUpOf.put(rs.getLong(1), rs.getLong(2)))
			.list();
		List<SqlParameterSource> competencies = new ArrayList<>();
		for (Long person : people) {
			List<String> skills = new ArrayList<>(SKILLS);
			java.util.Collections.shuffle(skills, random);
			for (String skill : skills.subList(0, 1 + random.nextInt(3))) {
				competencies
					.add(new MapSqlParameterSource().addValue("s", signUpOf.get(person)).addValue("key", skill));
			}
		}
		this.batch.batchUpdate(
				"insert into development_mentoring_competency (signup_id, competency_key) values (:s, :key)",
				competencies.toArray(SqlParameterSource[]::new));
	}

}
