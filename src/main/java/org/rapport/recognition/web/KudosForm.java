package org.rapport.recognition.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rapport.recognition.KudosDraft;

/**
 * The page form that gives kudos; the colleague is named by employee id or email.
 */
public class KudosForm {

	@NotBlank
	private String recipientRef;

	private List<String> values = new ArrayList<>();

	@NotBlank
	@Size(max = KudosDraft.MAX_MESSAGE)
	private String message;

	private Integer points;

	public String getRecipientRef() {
		return this.recipientRef;
	}

	public void setRecipientRef(String recipientRef) {
		this.recipientRef = recipientRef;
	}

	public List<String> getValues() {
		return this.values;
	}

	public void setValues(List<String> values) {
		this.values = (values != null) ? values : new ArrayList<>();
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public Integer getPoints() {
		return this.points;
	}

	public void setPoints(Integer points) {
		this.points = points;
	}

}
