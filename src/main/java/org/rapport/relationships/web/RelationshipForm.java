package org.rapport.relationships.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.rapport.relationships.Tier;

/**
 * The form that establishes a relationship; its owner is named by employee id or email.
 */
public class RelationshipForm {

	@NotNull(message = "{form.relationship.itGroup.required}")
	private Long itGroupId;

	@NotNull(message = "{form.relationship.counterpart.required}")
	private Long counterpartId;

	@NotBlank(message = "{form.relationship.owner.required}")
	private String ownerRef;

	@NotNull(message = "{form.relationship.tier.required}")
	private Tier tier = Tier.CORE;

	public Long getItGroupId() {
		return this.itGroupId;
	}

	public void setItGroupId(Long itGroupId) {
		this.itGroupId = itGroupId;
	}

	public Long getCounterpartId() {
		return this.counterpartId;
	}

	public void setCounterpartId(Long counterpartId) {
		this.counterpartId = counterpartId;
	}

	public String getOwnerRef() {
		return this.ownerRef;
	}

	public void setOwnerRef(String ownerRef) {
		this.ownerRef = ownerRef;
	}

	public Tier getTier() {
		return this.tier;
	}

	public void setTier(Tier tier) {
		this.tier = tier;
	}

}
