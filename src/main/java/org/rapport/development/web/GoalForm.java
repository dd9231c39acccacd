package org.rapport.development.web;

import java.time.LocalDate;

import org.rapport.development.GoalDraft;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form in which a person adds a goal to their development plan.
 */
public class GoalForm {

	private String competency;

	private Integer targetLevel;

	private String why;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	GoalDraft draft() {
		return new GoalDraft(this.competency, this.targetLevel, this.why, this.dueOn, null);
	}

	public String getCompetency() {
		return this.competency;
	}

	public void setCompetency(String competency) {
		this.competency = competency;
	}

	public Integer getTargetLevel() {
		return this.targetLevel;
	}

	public void setTargetLevel(Integer targetLevel) {
		this.targetLevel = targetLevel;
	}

	public String getWhy() {
		return this.why;
	}

	public void setWhy(String why) {
		this.why = why;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

}
