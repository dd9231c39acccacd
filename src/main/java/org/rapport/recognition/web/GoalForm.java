package org.rapport.recognition.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rapport.recognition.GoalMeasure;

/**
 * The form on a scorecard page that sets a goal for whose scorecard it is.
 */
public class GoalForm {

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	private GoalMeasure measure = GoalMeasure.CHECK_IN;

	@NotNull
	private Double target = 100.0;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public GoalMeasure getMeasure() {
		return this.measure;
	}

	public void setMeasure(GoalMeasure measure) {
		this.measure = measure;
	}

	public Double getTarget() {
		return this.target;
	}

	public void setTarget(Double target) {
		this.target = target;
	}

}
