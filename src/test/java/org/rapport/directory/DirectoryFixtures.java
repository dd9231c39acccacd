package org.rapport.directory;

import java.time.LocalDateTime;
import java.util.UUID;

import org.rapport.SignedIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The directory's object mother. For any test: business units, IT groups and vendors, and
 * the people in IT and outside it, created through {@link DirectoryManagement} in one
 * call each, their names ending in a run of their own, so that tests sharing one
 * application context (and database) never meet. For the directory's own tests: an empty
 * directory for tests that count what they stored, units written straight to the
 * database, and drafts of people.
 */
public final class DirectoryFixtures {

	private final DirectoryManagement directory;

	private final String run;

	private DirectoryFixtures(DirectoryManagement directory, String run) {
		this.directory = directory;
		this.run = run;
	}

	/**
	 * A mother whose names end in a new run.
	 * @param directory where units and people are created
	 * @return the mother
	 */
	public static DirectoryFixtures of(DirectoryManagement directory) {
		return new DirectoryFixtures(directory, UUID.randomUUID().toString().substring(0, 8));
	}

	/**
	 * What every name of this mother ends in, for tests that name what they made.
	 * @return the run
	 */
	public String run() {
		return this.run;
	}

	/**
	 * A name of this run.
	 * @param name the start of the name
	 * @return {@code name}, a space and the run
	 */
	public String named(String name) {
		return name + " " + this.run;
	}

	/**
	 * Creates an IT group, as an administrator.
	 * @param name the start of its name
	 * @return its id
	 */
	public long itGroup(String name) {
		return unit(name, UnitKind.IT_GROUP);
	}

	/**
	 * Creates a business unit, as an administrator.
	 * @param name the start of its name
	 * @return its id
	 */
	public long businessUnit(String name) {
		return unit(name, UnitKind.BUSINESS_UNIT);
	}

	/**
	 * Creates a vendor, as an administrator.
	 * @param name the start of its name
	 * @return its id
	 */
	public long vendor(String name) {
		return unit(name, UnitKind.VENDOR);
	}

	/**
	 * Creates a unit of any kind at the top of the organisation, as an administrator.
	 * @param name the start of its name
	 * @param kind its kind
	 * @return its id
	 */
	public long unit(String name, UnitKind kind) {
		return SignedIn.asSystem(() -> this.directory.createUnit(new OrgUnitDraft(named(name), kind, null)).id());
	}

	/**
	 * Creates a person who works in IT, as an administrator.
	 * @param name the start of the name
	 * @param unitId the person's IT group
	 * @return the person's id
	 */
	public long itPerson(String name, long unitId) {
		return person(name, unitId, true);
	}

	/**
	 * Creates a person of the business, outside IT, as an administrator.
	 * @param name the start of the name
	 * @param unitId the person's unit
	 * @return the person's id
	 */
	public long businessPerson(String name, long unitId) {
		return person(name, unitId, false);
	}

	private long person(String name, long unitId, boolean inIt) {
		return SignedIn.asSystem(
				() -> this.directory.createPerson(new PersonDraft(named(name), null, null, null, unitId, null, inIt))
					.id());
	}

	/**
	 * Removes every unit, person, position and import, so that a test that shares its
	 * application context (and database) with others starts from an empty directory.
	 * @param jdbc the test's database
	 */
	static void emptyDirectory(JdbcClient jdbc) {
		jdbc.sql("delete from directory_import_note").update();
		jdbc.sql("delete from directory_import_rejection").update();
		jdbc.sql("delete from directory_import_run").update();
		jdbc.sql("delete from directory_import_mapping").update();
		jdbc.sql("delete from directory_position").update();
		jdbc.sql("update accounts_account set person_id = null").update();
		jdbc.sql("update directory_person set manager_id = null").update();
		jdbc.sql("delete from directory_person").update();
		jdbc.sql("update directory_org_unit set parent_id = null").update();
		jdbc.sql("delete from directory_org_unit").update();
	}

	static long insertUnit(JdbcClient jdbc, String name, UnitKind kind) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into directory_org_unit (name, name_key, kind, created_at) values (:name, :key, :kind, :at)")
			.param("name", name)
			.param("key", Names.key(name))
			.param("kind", kind.name())
			.param("at", LocalDateTime.now())
			.update(key, "id");
		return key.getKey().longValue();
	}

	static PersonDraft person(String name, Long unitId, Long managerId, boolean inIt) {
		return new PersonDraft(name, null, null, null, unitId, managerId, inIt);
	}

}
