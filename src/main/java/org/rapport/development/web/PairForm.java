package org.rapport.development.web;

import org.rapport.development.PairChange;

/**
 * The form that changes a proposal by hand: a mentee and the mentor they get, or none.
 */
public class PairForm {

	private Long menteeId;

	private Long mentorId;

	private Long version;

	PairChange change() {
		return new PairChange(this.menteeId, this.mentorId, this.version);
	}

	public Long getMenteeId() {
		return this.menteeId;
	}

	public void setMenteeId(Long menteeId) {
		this.menteeId = menteeId;
	}

	public Long getMentorId() {
		return this.mentorId;
	}

	public void setMentorId(Long mentorId) {
		this.mentorId = mentorId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
