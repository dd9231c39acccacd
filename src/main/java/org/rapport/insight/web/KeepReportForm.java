package org.rapport.insight.web;

/**
 * The page form that keeps the executive report of an ended quarter.
 */
public class KeepReportForm {

	private String period;

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

}
