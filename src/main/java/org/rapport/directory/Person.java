package org.rapport.directory;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person in the organisation: someone in IT, in a business unit or at a vendor.
 */
@Table("directory_person")
class Person {

	@Id
	private Long id;

	@Version
	private Long version;

	private String name;

	private String nameKey;

	private String employeeId;

	private String email;

	private String emailKey;

	private String title;

	private Long unitId;

	private Long managerId;

	private boolean inIt;

	private LocalDateTime createdAt;

	private LocalDateTime updatedAt;

	Person(Long id, String name, String nameKey, String employeeId, String email, String emailKey, String title,
			Long unitId, Long managerId, boolean inIt, LocalDateTime createdAt, LocalDateTime updatedAt) {
		this.id = id;
		this.name = name;
		this.nameKey = nameKey;
		this.employeeId = employeeId;
		this.email = email;
		this.emailKey = emailKey;
		this.title = title;
		this.unitId = unitId;
		this.managerId = managerId;
		this.inIt = inIt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Person create(PersonDraft draft, LocalDateTime now) {
		Person person = new Person(null, null, null, null, null, null, null, null, null, false, now, now);
		person.apply(draft, now);
		return person;
	}

	/**
	 * Applies a draft and describes what changed, an empty list when nothing did.
	 */
	List<String> apply(PersonDraft draft, LocalDateTime now) {
		List<String> changes = new ArrayList<>();
		String newName = Names.clean(draft.name());
		String newEmail = Names.blankToNull(draft.email());
		String newEmployeeId = Names.blankToNull(draft.employeeId());
		String newTitle = Names.blankToNull(draft.title());
		track(changes, "name", this.name, newName);
		track(changes, "employee id", this.employeeId, newEmployeeId);
		track(changes, "email", this.email, newEmail);
		track(changes, "title", this.title, newTitle);
		track(changes, "unit", this.unitId, draft.unitId());
		track(changes, "manager", this.managerId, draft.managerId());
		track(changes, "in IT", this.inIt, draft.inIt());
		this.name = newName;
		this.nameKey = Names.key(newName);
		this.employeeId = newEmployeeId;
		this.email = newEmail;
		this.emailKey = Names.emailKey(newEmail);
		this.title = newTitle;
		this.unitId = draft.unitId();
		this.managerId = draft.managerId();
		this.inIt = draft.inIt();
		if (!changes.isEmpty()) {
			this.updatedAt = now;
		}
		return changes;
	}

	private static void track(List<String> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(field);
		}
	}

	Long getVersion() {
		return this.version;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getEmployeeId() {
		return this.employeeId;
	}

	String getEmail() {
		return this.email;
	}

	String getTitle() {
		return this.title;
	}

	Long getUnitId() {
		return this.unitId;
	}

	Long getManagerId() {
		return this.managerId;
	}

	boolean isInIt() {
		return this.inIt;
	}

}
