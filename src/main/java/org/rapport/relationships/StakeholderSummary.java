package org.rapport.relationships;

/**
 * A stakeholder on the counterpart side of a relationship.
 *
 * @param id the stakeholder's id
 * @param personId the person in the directory, may be {@code null}
 * @param name the stakeholder's name
 * @param role what the stakeholder does, may be {@code null}
 * @param influence 1 to 5
 * @param interest 1 to 5
 * @param stance where the stakeholder stands towards IT
 * @param itContactId the person in IT who keeps in touch, may be {@code null}
 * @param itContactName that person's name, may be {@code null}
 */
public record StakeholderSummary(long id, Long personId, String name, String role, int influence, int interest,
		Stance stance, Long itContactId, String itContactName) {
}
