package org.rapport.relationships;

import java.time.Instant;
import java.util.Objects;

import org.rapport.shared.AuditableEvent;

/**
 * What is known of a stakeholder on the counterpart side changed: their role, influence,
 * interest, stance or IT contact. Each comes with its value before, so that listeners and
 * the audit log see what moved.
 *
 * @param relationshipId the relationship
 * @param stakeholderId the stakeholder
 * @param name the stakeholder's name
 * @param role the role now, may be {@code null}
 * @param previousRole the role before, may be {@code null}
 * @param influence influence from 1 to 5 now
 * @param previousInfluence influence before
 * @param interest interest from 1 to 5 now
 * @param previousInterest interest before
 * @param stance where the stakeholder stands now
 * @param previousStance where the stakeholder stood before
 * @param itContactId the IT contact now, may be {@code null}
 * @param previousItContactId the IT contact before, may be {@code null}
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record StakeholderChanged(long relationshipId, long stakeholderId, String name, String role, String previousRole,
		int influence, int previousInfluence, int interest, int previousInterest, Stance stance, Stance previousStance,
		Long itContactId, Long previousItContactId, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "STAKEHOLDER_CHANGED";
	}

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

	/**
	 * The stakeholder and, of each fact, the value now and before when it moved.
	 */
	@Override
	public String detail() {
		boolean role = !Objects.equals(this.role, this.previousRole);
		boolean influence = this.influence != this.previousInfluence;
		boolean interest = this.interest != this.previousInterest;
		boolean stance = this.stance != this.previousStance;
		boolean contact = !Objects.equals(this.itContactId, this.previousItContactId);
		return AuditableEvent.facts("stakeholder", this.name, "stance", stance ? this.stance : null, "previousStance",
				stance ? this.previousStance : null, "influence", influence ? this.influence : null,
				"previousInfluence", influence ? this.previousInfluence : null, "interest",
				interest ? this.interest : null, "previousInterest", interest ? this.previousInterest : null, "role",
				role ? this.role : null, "previousRole", role ? this.previousRole : null, "itContact",
				contact ? this.itContactId : null, "previousItContact", contact ? this.previousItContactId : null);
	}

}
