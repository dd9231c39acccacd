package org.rapport.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rapport.directory.OrgUnitSummary;
import org.rapport.directory.UnitKind;

/**
 * The organisation unit form.
 */
public class UnitForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private UnitKind kind;

	private Long parentId;

	/** The version of the unit the form was filled from, for a change made over it. */
	private Long version;

	static UnitForm of(OrgUnitSummary unit) {
		UnitForm form = new UnitForm();
		form.name = unit.name();
		form.kind = unit.kind();
		form.parentId = unit.parentId();
		form.version = unit.version();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public UnitKind getKind() {
		return this.kind;
	}

	public void setKind(UnitKind kind) {
		this.kind = kind;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
