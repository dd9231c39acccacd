package org.rapport.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The form that creates a personal API token: its name and when it expires, after a
 * number of days ({@code validity} 30, 90 or 365), on a chosen day ({@code validity=date}
 * with {@code expiresOn}), or never (empty).
 */
public class TokenForm {

	@NotBlank(message = "{error.token.name}")
	@Size(max = 100, message = "{error.token.name}")
	private String name;

	@Pattern(regexp = "|30|90|365|date", message = "{accounts.token-choose-validity}")
	private String validity = "90";

	private String expiresOn;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getValidity() {
		return this.validity;
	}

	public void setValidity(String validity) {
		this.validity = validity;
	}

	public String getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(String expiresOn) {
		this.expiresOn = expiresOn;
	}

}
