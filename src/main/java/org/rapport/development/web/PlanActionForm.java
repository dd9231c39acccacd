package org.rapport.development.web;

import java.time.LocalDate;

import org.rapport.development.PlanActionDraft;
import org.rapport.development.PlanActionKind;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form in which a person adds an action to a goal of their development plan.
 */
public class PlanActionForm {

	private PlanActionKind kind;

	private String description;

	private Long trainingId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	PlanActionDraft draft() {
		return new PlanActionDraft(this.kind, this.description, this.trainingId, null, this.dueOn);
	}

	public PlanActionKind getKind() {
		return this.kind;
	}

	public void setKind(PlanActionKind kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getTrainingId() {
		return this.trainingId;
	}

	public void setTrainingId(Long trainingId) {
		this.trainingId = trainingId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

}
