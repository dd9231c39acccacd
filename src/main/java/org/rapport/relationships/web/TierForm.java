package org.rapport.relationships.web;

import jakarta.validation.constraints.NotNull;
import org.rapport.relationships.Tier;

/**
 * The form that changes a relationship's tier, over the version of the relationship it
 * was shown with.
 */
public class TierForm {

	@NotNull(message = "{form.relationship.tier.required}")
	private Tier tier;

	private Long version;

	TierForm() {
	}

	TierForm(Tier tier, Long version) {
		this.tier = tier;
		this.version = version;
	}

	public Tier getTier() {
		return this.tier;
	}

	public void setTier(Tier tier) {
		this.tier = tier;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
