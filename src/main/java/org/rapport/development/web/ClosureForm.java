package org.rapport.development.web;

import org.rapport.development.PairClosure;

/**
 * The form that closes a mentoring pair with its outcome.
 */
public class ClosureForm {

	private String outcome;

	private Long version;

	PairClosure closure() {
		return new PairClosure(this.outcome, this.version);
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
