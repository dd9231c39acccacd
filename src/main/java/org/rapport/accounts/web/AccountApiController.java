package org.rapport.accounts.web;

import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.AccountSummary;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.shared.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Who the caller is, over REST.
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
	@GetMapping("/people/me")
	PersonSummary me() {
		AccountSummary account = this.accounts.currentAccount();
		if (account.personId() == null) {
			throw new NotFoundException("Person of account", account.username());
		}
		return this.directory.person(account.personId());
	}

}
