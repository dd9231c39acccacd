package org.rapport.development.web;

import java.util.ArrayList;
import java.util.List;

import org.rapport.development.MentorDraft;

/**
 * The form that signs the caller up as a mentor: the competencies they offer and how many
 * mentees they take.
 */
public class MentorForm {

	private List<String> strengths = new ArrayList<>();

	private Integer capacity = 2;

	MentorDraft draft() {
		return new MentorDraft(this.strengths, this.capacity);
	}

	public List<String> getStrengths() {
		return this.strengths;
	}

	public void setStrengths(List<String> strengths) {
		this.strengths = (strengths != null) ? strengths : new ArrayList<>();
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

}
