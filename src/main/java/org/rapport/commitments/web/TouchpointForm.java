package org.rapport.commitments.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.rapport.commitments.CommitmentDraft;
import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionType;
import org.rapport.shared.InvalidInputException;

/**
 * The log-a-touchpoint form: the touchpoint and the rows of commitments made in it. A row
 * left blank is no commitment.
 *
 * @param relationshipId the relationship, when the form lets the user choose it
 * @param type what kind of touchpoint
 * @param occurredOn the day
 * @param summary what happened
 * @param sentiment how it went
 * @param stakeholderIds the stakeholders met
 * @param participantRefs others from IT who took part, by employee id or email, separated
 * by commas
 * @param privateNote what IT keeps to itself
 * @param promise what was promised, per row
 * @param promiseOwnerRef who keeps it, by employee id or email, per row; blank for the
 * person logging
 * @param promiseDueOn by when, per row
 */
record TouchpointForm(Long relationshipId, InteractionType type, LocalDate occurredOn, String summary,
		Integer sentiment, List<Long> stakeholderIds, String participantRefs, String privateNote, List<String> promise,
		List<String> promiseOwnerRef, List<String> promiseDueOn) {

	static TouchpointForm empty(Long relationshipId) {
		return new TouchpointForm(relationshipId, null, null, null, null, List.of(), null, null, List.of(), List.of(),
				List.of());
	}

	TouchpointForm on(long relationship) {
		return new TouchpointForm(relationship, this.type, this.occurredOn, this.summary, this.sentiment,
				this.stakeholderIds, this.participantRefs, this.privateNote, this.promise, this.promiseOwnerRef,
				this.promiseDueOn);
	}

	InteractionDraft interaction(List<Long> participantIds) {
		return new InteractionDraft(this.type, this.occurredOn, this.summary, this.sentiment, participantIds,
				(this.stakeholderIds != null) ? this.stakeholderIds : List.of(), this.privateNote);
	}

	/**
	 * The commitments of the rows that are filled in.
	 * @param owner finds a person's id by reference, blank meaning the person logging
	 */
	List<CommitmentDraft> promises(Function<String, Long> owner) {
		List<CommitmentDraft> promises = new ArrayList<>();
		for (int i = 0; i < rows(); i++) {
			String description = at(this.promise, i);
			String due = at(this.promiseDueOn, i);
			String ref = at(this.promiseOwnerRef, i);
			if (description.isBlank() && due.isBlank() && ref.isBlank()) {
				continue;
			}
			int row = promises.size();
			Long ownerId;
			LocalDate dueOn;
			try {
				ownerId = owner.apply(ref);
			}
			catch (InvalidInputException ex) {
				throw ex.forField("commitments[" + row + "].ownerId");
			}
			try {
				dueOn = due.isBlank() ? null : LocalDate.parse(due);
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException("commitments[" + row + "].dueOn", "Give the due date as a day");
			}
			promises.add(new CommitmentDraft(description, ownerId, dueOn, null));
		}
		return promises;
	}

	/**
	 * How many rows the form shows: those filled in, at least one.
	 */
	int rows() {
		return Math.max(1, Math.max(size(this.promise), Math.max(size(this.promiseOwnerRef), size(this.promiseDueOn))));
	}

	public String promiseAt(int row) {
		return at(this.promise, row);
	}

	public String ownerAt(int row) {
		return at(this.promiseOwnerRef, row);
	}

	public String dueAt(int row) {
		return at(this.promiseDueOn, row);
	}

	private static int size(List<String> values) {
		return (values != null) ? values.size() : 0;
	}

	private static String at(List<String> values, int i) {
		return (values != null && i < values.size() && values.get(i) != null) ? values.get(i).strip() : "";
	}

}
