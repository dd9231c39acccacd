package org.rapport.accounts;

import java.util.Set;

import org.rapport.shared.AuditableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from {@code RAPPORT_ADMIN_USERNAME} and
 * {@code RAPPORT_ADMIN_PASSWORD} when no account of that name exists, in every mode.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountBootstrap implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(AccountBootstrap.class);

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AccountSettings settings;

	private final AuditLog audit;

	AccountBootstrap(AccountRepository accounts, PasswordEncoder passwords, AccountSettings settings, AuditLog audit) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.settings = settings;
		this.audit = audit;
	}

	@Override
	public void run(ApplicationArguments args) {
		AccountSettings.Admin admin = this.settings.admin();
		if (admin == null || admin.username() == null || admin.username().isBlank()) {
			return;
		}
		if (admin.password() == null || admin.password().length() < 8) {
			throw new IllegalStateException(
					"RAPPORT_ADMIN_PASSWORD must be set, with at least 8 characters, to create the first administrator");
		}
		if (this.accounts.findByUsername(admin.username()).isPresent()) {
			return;
		}
		Account account = this.accounts
			.save(Account.create(admin.username(), this.passwords.encode(admin.password()), null, Set.of(Role.ADMIN)));
		this.audit.record("system", "ACCOUNT_CREATED", "account:" + account.getId(),
				AuditableEvent.facts("username", admin.username(), "source", "RAPPORT_ADMIN_USERNAME"), null);
		logger.info("Created the first administrator account '{}'", admin.username());
	}

}
