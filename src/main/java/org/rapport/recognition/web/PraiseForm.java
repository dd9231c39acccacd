package org.rapport.recognition.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The form on a partner's praise page.
 */
public class PraiseForm {

	private String recipient;

	private List<String> values = new ArrayList<>();

	private String message;

	private boolean signed = true;

	private String nominate;

	public String getRecipient() {
		return this.recipient;
	}

	public void setRecipient(String recipient) {
		this.recipient = recipient;
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

	public boolean isSigned() {
		return this.signed;
	}

	public void setSigned(boolean signed) {
		this.signed = signed;
	}

	public String getNominate() {
		return this.nominate;
	}

	public void setNominate(String nominate) {
		this.nominate = nominate;
	}

}
