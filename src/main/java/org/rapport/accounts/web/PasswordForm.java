package org.rapport.accounts.web;

import jakarta.validation.constraints.NotEmpty;

/**
 * The form in which the signed-in user changes their own password. Neither password is
 * ever sent back in a page.
 */
public class PasswordForm {

	@NotEmpty(message = "{error.account.current-password}")
	private String currentPassword;

	private String newPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

}
