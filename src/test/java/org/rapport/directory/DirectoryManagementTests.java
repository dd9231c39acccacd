package org.rapport.directory;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.rapport.directory.DirectoryFixtures.person;

/**
 * The directory's rules for people and the accountability chain: a CIO in IT, a head of
 * relationship management reporting directly to the CIO, no loops of managers.
 */
@SpringBootTest(properties = { "rapport.demo.enabled=false", "rapport.admin.username=admin",
		"rapport.admin.password=keys-of-the-castle" })
@WithMockUser(roles = "ADMIN")
class DirectoryManagementTests {

	@Autowired
	private DirectoryManagement directory;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MessageSource messages;

	private long itGroup;

	private long businessUnit;

	@BeforeEach
	void createUnits() {
		DirectoryFixtures.emptyDirectory(this.jdbc);
		// Written directly so that tests running as a non-administrator find them too.
		this.itGroup = DirectoryFixtures.insertUnit(this.jdbc, "Infrastructure", UnitKind.IT_GROUP);
		this.businessUnit = DirectoryFixtures.insertUnit(this.jdbc, "Finance", UnitKind.BUSINESS_UNIT);
	}

	@AfterEach
	void emptyTheDirectory() {
		DirectoryFixtures.emptyDirectory(this.jdbc);
	}

	@Test
	void refusesAHeadOfRelationshipManagementBeforeThereIsACio() {
		PersonSummary head = itPerson("Hannah Head", null);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.directory.assignPosition(Position.HEAD_OF_RELATIONSHIP_MANAGEMENT, head.id(), true))
			.satisfies((ex) -> assertThat(text(ex)).contains("Assign the CIO first"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("personId"));
		assertThat(this.directory.leadership().head()).isNull();
	}

	@Test
	void refusesACioWhoDoesNotWorkInIt() {
		PersonSummary accountant = this.directory.createPerson(person("Fiona Finance", this.businessUnit, null, false));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.directory.assignPosition(Position.CIO, accountant.id(), false))
			.satisfies((ex) -> assertThat(text(ex)).contains("Fiona Finance does not work in IT"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("personId"));
		assertThat(this.directory.leadership().cio()).isNull();
	}

	@Test
	void refusesAHeadWhoReportsToSomeoneElseUnlessAskedToMoveThemUnderTheCio() {
		PersonSummary cio = cio("Carla Cio");
		PersonSummary lead = itPerson("Liam Lead", null);
		PersonSummary head = itPerson("Hannah Head", lead.id());

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.directory.assignPosition(Position.HEAD_OF_RELATIONSHIP_MANAGEMENT, head.id(), false))
			.satisfies((ex) -> assertThat(text(ex)).contains("Hannah Head does not report to the CIO, Carla Cio"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("personId"));
		assertThat(this.directory.person(head.id()).managerId()).isEqualTo(lead.id());
		assertThat(this.directory.leadership().head()).isNull();

		Leadership leadership = this.directory.assignPosition(Position.HEAD_OF_RELATIONSHIP_MANAGEMENT, head.id(),
				true);

		assertThat(leadership.head().id()).isEqualTo(head.id());
		assertThat(leadership.head().managerId()).isEqualTo(cio.id());
		assertThat(leadership.complete()).isTrue();
		assertThat(this.directory.person(head.id()).managerName()).isEqualTo("Carla Cio");
	}

	@Test
	void acceptsAHeadWhoAlreadyReportsToTheCioWithoutMovingThem() {
		PersonSummary cio = cio("Carla Cio");
		PersonSummary head = itPerson("Hannah Head", cio.id());

		Leadership leadership = this.directory.assignPosition(Position.HEAD_OF_RELATIONSHIP_MANAGEMENT, head.id(),
				false);

		assertThat(leadership.head().managerId()).isEqualTo(cio.id());
		assertThat(leadership.complete()).isTrue();
	}

	@Test
	void refusesOnePersonHoldingBothPositions() {
		PersonSummary cio = cio("Carla Cio");
		PersonSummary head = head("Hannah Head");

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.directory.assignPosition(Position.HEAD_OF_RELATIONSHIP_MANAGEMENT, cio.id(), true))
			.satisfies((ex) -> assertThat(text(ex))
				.contains("Carla Cio is the CIO; one person cannot hold both positions"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("personId"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.directory.assignPosition(Position.CIO, head.id(), false))
			.satisfies((ex) -> assertThat(text(ex)).contains("one person cannot hold both positions"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("personId"));
		Leadership leadership = this.directory.leadership();
		assertThat(leadership.cio().id()).isEqualTo(cio.id());
		assertThat(leadership.head().id()).isEqualTo(head.id());
	}

	@Test
	void movesTheHeadUnderANewCio() {
		cio("Carla Cio");
		PersonSummary head = head("Hannah Head");
		PersonSummary newCio = itPerson("Nora New", null);

		Leadership leadership = this.directory.assignPosition(Position.CIO, newCio.id(), false);

		assertThat(leadership.cio().id()).isEqualTo(newCio.id());
		assertThat(leadership.head().id()).isEqualTo(head.id());
		assertThat(leadership.head().managerId()).isEqualTo(newCio.id());
		assertThat(leadership.complete()).isTrue();
	}

	@Test
	void refusesMovingTheHeadAwayFromTheCio() {
		PersonSummary cio = cio("Carla Cio");
		PersonSummary head = head("Hannah Head");
		PersonSummary lead = itPerson("Liam Lead", null);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(
					() -> this.directory.updatePerson(head.id(), person("Hannah Head", this.itGroup, lead.id(), true)))
			.satisfies((ex) -> assertThat(text(ex)).contains("must report directly to the CIO, Carla Cio"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("managerId"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.directory.updatePerson(head.id(), person("Hannah Head", this.itGroup, null, true)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("managerId"));
		assertThat(this.directory.person(head.id()).managerId()).isEqualTo(cio.id());
	}

	@Test
	void keepsPositionHoldersInIt() {
		cio("Carla Cio");
		PersonSummary head = head("Hannah Head");

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.directory.updatePerson(head.id(),
					person("Hannah Head", this.itGroup, head.managerId(), false)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("inIt"));
		assertThat(this.directory.person(head.id()).inIt()).isTrue();
	}

	@Test
	void refusesALoopOfManagers() {
		PersonSummary top = itPerson("Tom Top", null);
		PersonSummary middle = itPerson("Mia Middle", top.id());
		PersonSummary bottom = itPerson("Ben Bottom", middle.id());

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.directory.updatePerson(top.id(), person("Tom Top", this.itGroup, bottom.id(), true)))
			.satisfies((ex) -> assertThat(text(ex)).contains("a manager chain cannot loop"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("managerId"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.directory.updatePerson(top.id(), person("Tom Top", this.itGroup, top.id(), true)))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("error.person.own-manager"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("managerId"));
		assertThat(this.directory.person(top.id()).managerId()).isNull();
	}

	@Test
	void refusesAnEmailThatAnotherPersonHasWhateverItsCase() {
		this.directory.createPerson(new PersonDraft("Ada Lovelace", null, "ada@example.org", null, null, null, false));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.directory
				.createPerson(new PersonDraft("Ada King", null, "ADA@Example.org", null, null, null, false)))
			.satisfies((ex) -> assertThat(text(ex)).contains("already belongs to Ada Lovelace"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("email"));
		assertThat(this.directory.findPeople(null, "ada", null, 10).items()).extracting(PersonSummary::name)
			.containsExactly("Ada Lovelace");
	}

	@Test
	void refusesAnEmployeeIdThatAnotherPersonHas() {
		this.directory.createPerson(new PersonDraft("Ada Lovelace", "E1", null, null, null, null, false));
		PersonSummary grace = this.directory
			.createPerson(new PersonDraft("Grace Hopper", "E2", null, null, null, null, false));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.directory.updatePerson(grace.id(),
					new PersonDraft("Grace Hopper", "E1", null, null, null, null, false)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("employeeId"));
		assertThat(this.directory.person(grace.id()).employeeId()).isEqualTo("E2");
	}

	@Test
	@WithMockUser(roles = "IT_STAFF")
	void itStaffCannotCreatePeople() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.directory.createPerson(person("Eve Intruder", null, null, false)));
		assertThat(this.jdbc.sql("select count(*) from directory_person").query(Long.class).single()).isZero();
	}

	@Test
	@WithMockUser(roles = "IT_STAFF")
	void itStaffCannotAssignPositions() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.directory.assignPosition(Position.CIO, 1L, false));
	}

	private PersonSummary itPerson(String name, Long managerId) {
		return this.directory.createPerson(person(name, this.itGroup, managerId, true));
	}

	private PersonSummary cio(String name) {
		PersonSummary cio = itPerson(name, null);
		this.directory.assignPosition(Position.CIO, cio.id(), false);
		return cio;
	}

	private PersonSummary head(String name) {
		PersonSummary head = itPerson(name, null);
		return this.directory.assignPosition(Position.HEAD_OF_RELATIONSHIP_MANAGEMENT, head.id(), true).head();
	}

	private String text(InvalidInputException ex) {
		return this.messages.getMessage(ex, Locale.ENGLISH);
	}

}
