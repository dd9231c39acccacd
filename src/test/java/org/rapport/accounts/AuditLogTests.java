package org.rapport.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.directory.OrgUnitDraft;
import org.rapport.directory.PersonUpdated;
import org.rapport.directory.PersonDraft;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.UnitKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data changes that other modules publish end up in the audit log, with who made them.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "rapport.demo.enabled=false")
class AuditLogTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	DirectoryManagement directory;

	@Test
	void recordsAPublishedDataChangeAtTheTimeItWasMade(Scenario scenario) {
		Instant madeAt = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
		scenario.publish(new PersonUpdated(4711, "Ada Lovelace", List.of("title"), "alice", madeAt))
			.andWaitForStateChange(() -> entries("PERSON_UPDATED", "person:4711"), (count) -> count > 0)
			.andVerify((count) -> {
				assertThat(this.jdbc.sql("select actor, detail from accounts_audit_event where target = 'person:4711'")
					.query((rs, n) -> rs.getString(1) + ": " + rs.getString(2))
					.single()).isEqualTo("alice: name=Ada Lovelace; changed=title");
				assertThat(this.jdbc.sql("select occurred_at from accounts_audit_event where target = 'person:4711'")
					.query(LocalDateTime.class)
					.single()).isEqualTo(LocalDateTime.ofInstant(madeAt, this.clock.getZone()));
			});
	}

	@Test
	@WithMockUser(username = "grace", roles = "ADMIN")
	void recordsWhoChangedTheDirectory(Scenario scenario) {
		scenario.stimulate(() -> {
			long unit = this.directory.createUnit(new OrgUnitDraft("Audit Trail Office", UnitKind.BUSINESS_UNIT, null))
				.id();
			return this.directory
				.createPerson(new PersonDraft("Grace Hopper", "AUD-1", null, "Rear Admiral", unit, null, false));
		})
			.andWaitForStateChange(() -> entries("PERSON_CREATED", null), (count) -> count > 0)
			.andVerify((count) -> assertThat(this.jdbc
				.sql("select actor from accounts_audit_event where action in ('UNIT_CREATED', 'PERSON_CREATED')")
				.query(String.class)
				.list()).containsOnly("grace").hasSize(2));
	}

	private long entries(String action, String target) {
		return this.jdbc.sql(
				"select count(*) from accounts_audit_event where action = :action and (:target = '' or target = :target)")
			.param("action", action)
			.param("target", (target != null) ? target : "")
			.query(Long.class)
			.single();
	}

}
