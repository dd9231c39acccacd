package org.rapport.relationships;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What it takes to add a stakeholder: a person from the directory, or a name and email.
 *
 * @param personId the person in the directory, optional
 * @param name the name when the person is not in the directory
 * @param email the email when the person is not in the directory, optional
 * @param role what the stakeholder does, optional
 * @param influence how much the stakeholder can sway decisions, 1 to 5
 * @param interest how much the stakeholder cares about IT's work, 1 to 5
 * @param stance where the stakeholder stands towards IT
 * @param itContactId the person in IT who keeps in touch, optional
 */
public record StakeholderDraft(Long personId, @Size(max = 200) String name, @Email @Size(max = 320) String email,
		@Size(max = 200) String role, @NotNull @Min(1) @Max(5) Integer influence,
		@NotNull @Min(1) @Max(5) Integer interest, @NotNull Stance stance, Long itContactId) {
}
