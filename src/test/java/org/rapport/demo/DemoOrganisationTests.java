package org.rapport.demo;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.demo.DemoOrganisation.Person;
import org.rapport.demo.DemoOrganisation.Unit;
import org.rapport.directory.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class DemoOrganisationTests {

	private static final DemoOrganisation DEFAULT = DemoOrganisation.generate(42, 400);

	@Test
	void generatesTheSameCompanyForTheSameSeed() {
		DemoOrganisation again = DemoOrganisation.generate(42, 400);

		assertThat(again).isEqualTo(DEFAULT);
		assertThat(DemoLoader.csv(again)).isEqualTo(DemoLoader.csv(DEFAULT));
	}

	@Test
	void generatesAnotherCompanyForAnotherSeed() {
		DemoOrganisation other = DemoOrganisation.generate(43, 400);

		assertThat(other).isNotEqualTo(DEFAULT);
		assertThat(names(other)).isNotEqualTo(names(DEFAULT));
	}

	@ParameterizedTest
	@ValueSource(ints = { 100, 400, 1_000, 7_500 })
	void employsTheRequestedNumberOfPeople(int size) {
		DemoOrganisation organisation = DemoOrganisation.generate(7, size);

		List<Person> employees = employees(organisation);
		assertThat(employees).hasSizeBetween((int) (size * 0.95), (int) (size * 1.05));
		double itShare = employees.stream().filter(Person::inIt).count() / (double) employees.size();
		assertThat(itShare).isBetween(0.08, 0.20);
		assertWellFormed(organisation);
	}

	@Test
	void makesOneInSixEmployeesItStaffAtTheDefaultSize() {
		long inIt = DEFAULT.people().stream().filter(Person::inIt).count();

		assertThat(inIt / 400.0).isBetween(0.15, 0.20);
	}

	@Test
	void givesEveryoneAUniqueEmployeeIdAndEmail() {
		assertUnique(DEFAULT.people(), Person::employeeId);
		assertUnique(DEFAULT.people(), (person) -> person.email().toLowerCase(Locale.ROOT));
		assertThat(employees(DEFAULT)).allSatisfy(
				(person) -> assertThat(person.email()).endsWith("@northwind-meridian.example").doesNotContain(" "));
	}

	@Test
	void resolvesEveryManagerWithoutLoops() {
		assertManagersFormTrees(DEFAULT);
	}

	@Test
	void putsTheAccountabilityChainUnderTheCeo() {
		Person ceo = DEFAULT.person(DEFAULT.ceo()).orElseThrow();
		Person cio = DEFAULT.person(DEFAULT.cio()).orElseThrow();
		Person head = DEFAULT.person(DEFAULT.headOfRelationshipManagement()).orElseThrow();

		assertThat(ceo.managerEmployeeId()).isNull();
		assertThat(ceo.unitName()).isEqualTo("Executive Office");
		assertThat(cio.managerEmployeeId()).isEqualTo(ceo.employeeId());
		assertThat(cio.inIt()).isTrue();
		assertThat(head.managerEmployeeId()).isEqualTo(cio.employeeId());
		assertThat(head.inIt()).isTrue();
		assertThat(head.unitName()).isEqualTo("Relationship Management Office");
		assertThat(DEFAULT.people()).filteredOn((person) -> person.unitName().equals(head.unitName()))
			.hasSizeGreaterThan(3)
			.allSatisfy((person) -> assertThat(person.title()).contains("Relationship Manage"));
	}

	@Test
	void picksAnItLeaderWhoHeadsAGroupAndAStaffMemberWhoReportsToThem() {
		Person leader = DEFAULT.person(DEFAULT.itLeader()).orElseThrow();
		Person staff = DEFAULT.person(DEFAULT.itStaff()).orElseThrow();
		Unit group = unit(DEFAULT, leader.unitName());

		assertThat(leader.managerEmployeeId()).isEqualTo(DEFAULT.cio());
		assertThat(leader.inIt()).isTrue();
		assertThat(group.kind()).isEqualTo(UnitKind.IT_GROUP);
		assertThat(group.parentName()).isEqualTo("Information Technology");
		assertThat(staff.managerEmployeeId()).isEqualTo(leader.employeeId());
		assertThat(staff.inIt()).isTrue();
		assertThat(DEFAULT.people()).noneMatch((person) -> staff.employeeId().equals(person.managerEmployeeId()));
	}

	@Test
	void hasBusinessUnitsItGroupsAndVendors() {
		Map<UnitKind, List<String>> names = DEFAULT.units()
			.stream()
			.collect(Collectors.groupingBy(Unit::kind, Collectors.mapping(Unit::name, Collectors.toList())));

		assertThat(names.get(UnitKind.BUSINESS_UNIT)).contains("Executive Office", "Sales", "Finance",
				"Human Resources", "Manufacturing");
		assertThat(names.get(UnitKind.IT_GROUP)).contains("Information Technology", "Service Desk",
				"Information Security", "Relationship Management Office");
		assertThat(names.get(UnitKind.VENDOR)).hasSizeBetween(12, 18).contains("Cobalt Cloud Hosting");
	}

	@Test
	void givesVendorsAFewContactsOutsideIt() {
		List<Person> contacts = DEFAULT.people()
			.stream()
			.filter((person) -> unit(DEFAULT, person.unitName()).kind() == UnitKind.VENDOR)
			.toList();

		assertThat(contacts).isNotEmpty().noneMatch(Person::inIt);
		assertThat(contacts).filteredOn((person) -> person.unitName().equals("Cobalt Cloud Hosting"))
			.hasSizeBetween(2, 4)
			.allSatisfy((person) -> assertThat(person.email()).endsWith("@cobalt-cloud-hosting.example"));
	}

	@Test
	void generatesAnEnterpriseOf55000People() {
		DemoOrganisation enterprise = DemoOrganisation.generate(42, 55_000);

		List<Person> employees = employees(enterprise);
		assertThat(employees).hasSize(55_000);
		assertThat(employees.stream().filter(Person::inIt).count()).isCloseTo(5_000, within(250L));
		assertThat(enterprise.units().stream().filter((unit) -> unit.kind() == UnitKind.VENDOR).count())
			.isCloseTo(2_000, within(100L));
		assertWellFormed(enterprise);
	}

	@Test
	void writesEveryoneToTheImportFile() throws IOException {
		String text = new String(DemoLoader.csv(DEFAULT), StandardCharsets.UTF_8);

		try (CSVParser parser = CSVParser.parse(new StringReader(text),
				CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
			assertThat(parser.getHeaderNames()).containsExactlyElementsOf(DemoLoader.HEADERS)
				.containsAll(DemoLoader.mapping().values());
			List<CSVRecord> records = parser.getRecords();
			assertThat(records).hasSize(DEFAULT.people().size());
			Person ceo = DEFAULT.people().get(0);
			assertThat(records.get(0).toList()).containsExactly(ceo.employeeId(), ceo.name(), ceo.email(), ceo.title(),
					"Executive Office", "BUSINESS_UNIT", "no", "");
		}
	}

	@Test
	void refusesACompanyTooSmallToHoldEveryPosition() {
		assertThatIllegalArgumentException().isThrownBy(() -> DemoOrganisation.generate(42, 99));
	}

	private static void assertWellFormed(DemoOrganisation organisation) {
		assertUnique(organisation.people(), Person::employeeId);
		assertUnique(organisation.people(), (person) -> person.email().toLowerCase(Locale.ROOT));
		assertUnique(organisation.units(), (unit) -> unit.name().toLowerCase(Locale.ROOT));
		Set<String> seen = new HashSet<>();
		for (Unit unit : organisation.units()) {
			assertThat(unit.parentName() == null || seen.contains(unit.parentName()))
				.as("parent of %s comes first", unit.name())
				.isTrue();
			seen.add(unit.name());
		}
		Map<String, UnitKind> kinds = kinds(organisation);
		assertThat(organisation.people()).allSatisfy((person) -> {
			assertThat(kinds).containsKey(person.unitName());
			assertThat(person.inIt()).isEqualTo(kinds.get(person.unitName()) == UnitKind.IT_GROUP);
			assertThat(person.name().length()).isLessThanOrEqualTo(200);
			assertThat(person.title()).isNotBlank();
		});
		assertManagersFormTrees(organisation);
	}

	/**
	 * Every manager exists, and every chain ends: at the CEO for employees, at the
	 * account director for vendor contacts.
	 */
	private static void assertManagersFormTrees(DemoOrganisation organisation) {
		Map<String, Person> byId = organisation.people()
			.stream()
			.collect(Collectors.toMap(Person::employeeId, Function.identity()));
		Map<String, String> top = new HashMap<>();
		for (Person person : organisation.people()) {
			Set<String> chain = new HashSet<>();
			Person current = person;
			while (current.managerEmployeeId() != null) {
				assertThat(chain.add(current.employeeId())).as("loop above %s", person.employeeId()).isTrue();
				assertThat(byId).containsKey(current.managerEmployeeId());
				current = byId.get(current.managerEmployeeId());
			}
			top.put(person.employeeId(), current.employeeId());
		}
		assertThat(employees(organisation))
			.allSatisfy((person) -> assertThat(top.get(person.employeeId())).isEqualTo(organisation.ceo()));
	}

	private static List<Person> employees(DemoOrganisation organisation) {
		Map<String, UnitKind> kinds = kinds(organisation);
		return organisation.people()
			.stream()
			.filter((person) -> kinds.get(person.unitName()) != UnitKind.VENDOR)
			.toList();
	}

	private static Map<String, UnitKind> kinds(DemoOrganisation organisation) {
		return organisation.units().stream().collect(Collectors.toMap(Unit::name, Unit::kind));
	}

	private static Unit unit(DemoOrganisation organisation, String name) {
		return organisation.units().stream().filter((unit) -> unit.name().equals(name)).findFirst().orElseThrow();
	}

	private static List<String> names(DemoOrganisation organisation) {
		return organisation.people().stream().map(Person::name).toList();
	}

	private static <T> void assertUnique(List<T> values, Function<T, String> key) {
		assertThat(values.stream().map(key).distinct().count()).isEqualTo(values.size());
	}

}
