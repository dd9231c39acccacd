package org.rapport.development.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that starts a 360: its last day and the competencies to rate.
 */
public class RoundForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate closesOn;

	private List<String> competencies = new ArrayList<>();

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	public void setClosesOn(LocalDate closesOn) {
		this.closesOn = closesOn;
	}

	public List<String> getCompetencies() {
		return this.competencies;
	}

	public void setCompetencies(List<String> competencies) {
		this.competencies = competencies;
	}

}
