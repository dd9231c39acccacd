package org.rapport.directory;

import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Test fixtures of the directory: an empty directory for tests that count what they
 * stored, units written straight to the database, and drafts of people.
 */
final class DirectoryFixtures {

	private DirectoryFixtures() {
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
