package org.rapport.accounts.web;

import java.util.Set;

import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.AccountPreferences;
import org.rapport.accounts.AccountSummary;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.web.Versions;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Who the caller is, their own preferences, and the administration of accounts, over
 * REST.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class AccountApiController {

	private final AccountManagement accounts;

	private final DirectoryManagement directory;

	AccountApiController(AccountManagement accounts, DirectoryManagement directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	/**
	 * The person the caller's account belongs to.
	 * @return the person
	 */
	@Operation(summary = "Read the signed-in person")
	@GetMapping("/people/me")
	PersonSummary me() {
		AccountSummary account = this.accounts.currentAccount();
		if (account.personId() == null) {
			throw new NotFoundException("Person of account", account.username());
		}
		return this.directory.person(account.personId());
	}

	/**
	 * What the caller chose for their own account, with the account's version as
	 * {@code ETag}.
	 * @return the preferences
	 */
	@Operation(summary = "Read the signed-in account's preferences")
	@GetMapping("/account/preferences")
	ResponseEntity<AccountPreferences> preferences() {
		AccountPreferences preferences = this.accounts.preferences();
		return Versions.tagged(preferences, preferences.version());
	}

	/**
	 * Changes what the caller chose for their own account: whether they receive the
	 * weekly digest. {@code If-Match} with the {@code ETag} makes it refuse with 412 when
	 * the account changed meanwhile.
	 * @param change the new choice
	 * @param ifMatch the version the change was made over, may be {@code null}
	 * @return the preferences after the change
	 */
	@Operation(summary = "Change the signed-in account's preferences: the weekly digest")
	@PutMapping("/account/preferences")
	ResponseEntity<AccountPreferences> changePreferences(@RequestBody PreferencesChange change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		if (change.weeklyDigest() == null) {
			throw new InvalidInputException("weeklyDigest", "error.account.weekly-digest");
		}
		AccountPreferences preferences = this.accounts.changePreferences(change.weeklyDigest(),
				Versions.ifMatch(ifMatch, null));
		return Versions.tagged(preferences, preferences.version());
	}

	/**
	 * Changes an account's roles, person and whether it may sign in. An administrator's
	 * own roles are another administrator's to change.
	 * @param id the account
	 * @param change the new values
	 * @return the account
	 */
	@Operation(summary = "Change an account: roles, person, enabled")
	@PutMapping("/accounts/{id}")
	AccountSummary update(@PathVariable long id, @RequestBody AccountChange change) {
		return this.accounts.updateAccount(id, change.roles(), change.personId(),
				(change.enabled() == null) || change.enabled());
	}

	/**
	 * Ends the sign-in delay that failed sign-ins put on an account.
	 * @param id the account
	 */
	@Operation(summary = "Lift an account's sign-in delay after failed attempts")
	@DeleteMapping("/accounts/{id}/sign-in-delay")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void clearSignInDelay(@PathVariable long id) {
		this.accounts.clearSignInDelay(id);
	}

	/**
	 * An account's new roles, person and status.
	 *
	 * @param roles at least one role
	 * @param personId the person, may be {@code null}
	 * @param enabled whether the account may sign in, {@code true} when left out
	 */
	record AccountChange(Set<Role> roles, Long personId, Boolean enabled) {
	}

	/**
	 * The signed-in account's new preferences.
	 *
	 * @param weeklyDigest whether its person receives the weekly digest; required
	 */
	record PreferencesChange(Boolean weeklyDigest) {
	}

}
