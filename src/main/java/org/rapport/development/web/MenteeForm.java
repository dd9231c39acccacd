package org.rapport.development.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rapport.development.MenteeDraft;

/**
 * The form that signs the caller up as a mentee: their goals, what they hope for, and the
 * mentors they would like or would rather not have, named by employee id or email.
 */
public class MenteeForm {

	/** The form's names for the draft's fields. */
	static final Map<String, String> FIELDS = Map.of("preferredMentorIds", "preferredRefs", "avoidedMentorIds",
			"avoidedRefs");

	private List<String> goals = new ArrayList<>();

	private String note;

	private String preferredRefs;

	private String avoidedRefs;

	MenteeDraft draft(List<Long> preferred, List<Long> avoided) {
		return new MenteeDraft(this.goals, this.note, preferred, avoided);
	}

	public List<String> getGoals() {
		return this.goals;
	}

	public void setGoals(List<String> goals) {
		this.goals = (goals != null) ? goals : new ArrayList<>();
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getPreferredRefs() {
		return this.preferredRefs;
	}

	public void setPreferredRefs(String preferredRefs) {
		this.preferredRefs = preferredRefs;
	}

	public String getAvoidedRefs() {
		return this.avoidedRefs;
	}

	public void setAvoidedRefs(String avoidedRefs) {
		this.avoidedRefs = avoidedRefs;
	}

}
