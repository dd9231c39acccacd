package org.rapport.relationships;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What it takes to end a relationship: why it ends. The one rule of the reason, which the
 * API checks on the way in, the page checks on its form and
 * {@link RelationshipManagement#end} checks for every caller.
 *
 * @param reason why the relationship ends, 1 to {@value #REASON_MAX} characters
 */
public record ClosureDraft(@NotBlank(message = "{relationship.end.reason.required}") @Size(max = REASON_MAX,
		message = "{relationship.end.reason.too-long}") String reason) {

	/** The longest reason a relationship is ended with. */
	public static final int REASON_MAX = 500;

}
