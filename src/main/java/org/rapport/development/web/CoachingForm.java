package org.rapport.development.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.rapport.development.CoachingDraft;
import org.rapport.development.CoachingGoalDraft;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that sets up a coaching engagement: coach and coachee by employee id or email,
 * and one goal.
 */
public class CoachingForm {

	/** The service's field names as this form names them. */
	static final Map<String, String> FIELDS = Map.of("coachId", "coachRef", "coacheeId", "coacheeRef", "goals", "goal");

	private String coachRef;

	private String coacheeRef;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;

	private String competencyKey;

	private String goal;

	CoachingDraft draft(Long coachId, Long coacheeId) {
		return new CoachingDraft(coachId, coacheeId, this.startedOn,
				List.of(new CoachingGoalDraft(this.competencyKey, this.goal)));
	}

	public String getCoachRef() {
		return this.coachRef;
	}

	public void setCoachRef(String coachRef) {
		this.coachRef = coachRef;
	}

	public String getCoacheeRef() {
		return this.coacheeRef;
	}

	public void setCoacheeRef(String coacheeRef) {
		this.coacheeRef = coacheeRef;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public void setStartedOn(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public String getCompetencyKey() {
		return this.competencyKey;
	}

	public void setCompetencyKey(String competencyKey) {
		this.competencyKey = competencyKey;
	}

	public String getGoal() {
		return this.goal;
	}

	public void setGoal(String goal) {
		this.goal = goal;
	}

}
