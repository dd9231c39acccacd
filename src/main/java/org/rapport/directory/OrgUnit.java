package org.rapport.directory;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A business unit, IT group or vendor, placed in the organisation tree.
 */
@Table("directory_org_unit")
class OrgUnit {

	@Id
	private Long id;

	@Version
	private Long version;

	private String name;

	private String nameKey;

	private UnitKind kind;

	private Long parentId;

	private LocalDateTime createdAt;

	OrgUnit(Long id, String name, String nameKey, UnitKind kind, Long parentId, LocalDateTime createdAt) {
		this.id = id;
		this.name = name;
		this.nameKey = nameKey;
		this.kind = kind;
		this.parentId = parentId;
		this.createdAt = createdAt;
	}

	static OrgUnit create(String name, UnitKind kind, Long parentId, LocalDateTime now) {
		String cleaned = Names.clean(name);
		return new OrgUnit(null, cleaned, Names.key(cleaned), kind, parentId, now);
	}

	void change(String name, UnitKind kind, Long parentId) {
		this.name = Names.clean(name);
		this.nameKey = Names.key(name);
		this.kind = kind;
		this.parentId = parentId;
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

	UnitKind getKind() {
		return this.kind;
	}

	Long getParentId() {
		return this.parentId;
	}

}
