package org.rapport.recognition;

import java.util.List;

/**
 * Praise a partner sends through their link.
 *
 * @param recipient whom, as the link's choices name them ({@code person-12},
 * {@code team-5})
 * @param values the relationship values it is for: at least one
 * @param message what they did
 * @param signed whether the praise carries the partner's name; without it, it comes from
 * a partner at their unit
 * @param nominate an award of the quarter to nominate the person praised for, with the
 * praise as the reason; {@code null} for none
 */
public record PraiseDraft(String recipient, List<String> values, String message, boolean signed, String nominate) {

	public PraiseDraft(String recipient, List<String> values, String message, boolean signed) {
		this(recipient, values, message, signed, null);
	}

}
