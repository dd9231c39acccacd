package org.rapport.accounts.web;

import java.util.EnumSet;
import java.util.Set;

import org.rapport.accounts.Role;

/**
 * The administrator's account form; the person is named by employee id or email.
 */
public class AccountForm {

	private String username;

	private String password;

	private String personRef;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

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

}
