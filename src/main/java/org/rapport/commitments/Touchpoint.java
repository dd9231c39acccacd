package org.rapport.commitments;

import java.util.List;

import org.rapport.interactions.InteractionSummary;

/**
 * A touchpoint logged together with the commitments made in it.
 *
 * @param interaction the logged touchpoint
 * @param commitments the commitments made in it
 */
public record Touchpoint(InteractionSummary interaction, List<CommitmentSummary> commitments) {
}
