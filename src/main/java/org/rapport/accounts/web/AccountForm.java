package org.rapport.accounts.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.rapport.accounts.AccountSummary;
import org.rapport.accounts.Role;

/**
 * The administrator's account form; the person is named by employee id or email. The user
 * name, password and roles follow the same rules as {@code AccountManagement}, checked
 * again there.
 */
public class AccountForm {

	@Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "{error.account.username}")
	private String username;

	private String password;

	@Size(max = 320)
	private String personRef;

	@NotEmpty(message = "{error.account.no-role}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

	/** The version of the account the form was filled from, for a change made over it. */
	private Long version;

	/**
	 * The form filled from an account as it is stored.
	 * @param account the account
	 * @param personRef the employee id or email of its person, or {@code null}
	 * @return the form, without a password
	 */
	static AccountForm of(AccountSummary account, String personRef) {
		AccountForm form = new AccountForm();
		form.username = account.username();
		form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
		form.enabled = account.enabled();
		form.personRef = personRef;
		form.version = account.version();
		return form;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPersonRef() {
		return this.personRef;
	}

	public void setPersonRef(String personRef) {
		this.personRef = personRef;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
