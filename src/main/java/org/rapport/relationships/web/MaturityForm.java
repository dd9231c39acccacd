package org.rapport.relationships.web;

import java.time.LocalDate;

import org.rapport.relationships.MaturityDraft;
import org.rapport.relationships.Side;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that records one side's view of a relationship's maturity. Its fields are
 * named as those of {@link MaturityDraft}, so that the rules the service applies to the
 * draft are shown beside the fields they concern.
 */
public class MaturityForm {

	private Side side;

	private Integer level;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate assessedOn;

	private String note;

	MaturityForm() {
	}

	MaturityForm(LocalDate assessedOn) {
		this.assessedOn = assessedOn;
	}

	MaturityDraft draft() {
		return new MaturityDraft(this.side, this.level, this.assessedOn, this.note);
	}

	public Side getSide() {
		return this.side;
	}

	public void setSide(Side side) {
		this.side = side;
	}

	public Integer getLevel() {
		return this.level;
	}

	public void setLevel(Integer level) {
		this.level = level;
	}

	public LocalDate getAssessedOn() {
		return this.assessedOn;
	}

	public void setAssessedOn(LocalDate assessedOn) {
		this.assessedOn = assessedOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
