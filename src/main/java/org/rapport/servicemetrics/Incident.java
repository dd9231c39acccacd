package org.rapport.servicemetrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An incident in its final state, as an export gives it.
 *
 * @param number its number, unique within its source
 * @param revision how far its history in the export went: the highest revision, or its
 * number of rows
 * @param state its final state
 * @param openedAt when it was opened
 * @param resolvedAt when it was resolved, {@code null} while it is not
 * @param closedAt when it was closed, may be {@code null}
 * @param madeSla whether it was resolved within its SLA target, {@code null} when the
 * export does not say
 * @param reopenCount how many times it was reopened
 * @param reassignmentCount how many times it was passed to another group
 * @param priority its priority as the export writes it
 * @param location where its caller is
 * @param assignmentGroup the group that worked on it last
 * @param caller who reported it
 * @param service the service or configuration item it concerns
 * @param category its category
 */
record Incident(String number, long revision, String state, LocalDateTime openedAt, LocalDateTime resolvedAt,
		LocalDateTime closedAt, Boolean madeSla, int reopenCount, int reassignmentCount, String priority,
		String location, String assignmentGroup, String caller, String service, String category) {

	/**
	 * How long it took to resolve, in seconds.
	 * @return the seconds, {@code null} while it is not resolved
	 */
	Long resolutionSeconds() {
		return (this.resolvedAt != null) ? Duration.between(this.openedAt, this.resolvedAt).toSeconds() : null;
	}

	/**
	 * A digest of everything stored of the incident, so that importing it again unchanged
	 * writes nothing.
	 * @return the SHA-256 digest in hex
	 */
	String fingerprint() {
		String all = Stream
			.of(this.state, this.openedAt, this.resolvedAt, this.closedAt, this.madeSla, this.reopenCount,
					this.reassignmentCount, this.priority, this.location, this.assignmentGroup, this.caller,
					this.service, this.category)
			.map((value) -> Objects.toString(value, ""))
			.collect(Collectors.joining("\u001f"));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
