package org.rapport.commitments.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.rapport.commitments.CommitmentState;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms beside each pending commitment that move it: kept, broken, cancelled, or
 * renegotiated to a new due date, over the version of the commitment they were shown
 * with.
 */
public class TransitionForm {

	/** The commitment the form was posted for, so that its errors show in its row. */
	private long commitmentId;

	@NotNull(message = "{error.commitment.state-missing}")
	private CommitmentState to;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	private Long version;

	public long getCommitmentId() {
		return this.commitmentId;
	}

	void setCommitmentId(long commitmentId) {
		this.commitmentId = commitmentId;
	}

	public CommitmentState getTo() {
		return this.to;
	}

	public void setTo(CommitmentState to) {
		this.to = to;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
