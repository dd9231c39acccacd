package org.rapport.accounts;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;

import org.rapport.shared.InvalidInputException;
import org.rapport.shared.AuditableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
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

	private final Clock clock;

	private final MessageSource messages;

	AccountBootstrap(AccountRepository accounts, PasswordEncoder passwords, AccountSettings settings, AuditLog audit,
			Clock clock, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
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
		try {
			PasswordPolicy.check("password", admin.username(), admin.password());
		}
		catch (InvalidInputException ex) {
			throw new IllegalStateException("RAPPORT_ADMIN_PASSWORD cannot create the first administrator: "
					+ this.messages.getMessage(ex, Locale.ENGLISH), ex);
		}
		if (this.accounts.findByUsername(admin.username()).isPresent()) {
			return;
		}
		Account account = this.accounts.save(Account.create(LocalDateTime.now(this.clock), admin.username(),
				this.passwords.encode(admin.password()), null, Set.of(Role.ADMIN)));
		this.audit.record("system", "ACCOUNT_CREATED", "account:" + account.getId(),
				AuditableEvent.facts("username", admin.username(), "source", "RAPPORT_ADMIN_USERNAME"), null);
		logger.info("Created the first administrator account '{}'", admin.username());
	}

	/**
	 * Says in the log how to create the first account when Rapport has started without
	 * any, as no one can sign in then (the sign-in page says so too).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void sayHowToCreateTheFirstAccount() {
		if (this.accounts.count() == 0) {
			logger.warn("No account exists, so no one can sign in. Set RAPPORT_ADMIN_USERNAME and "
					+ "RAPPORT_ADMIN_PASSWORD and start Rapport again to create the first administrator.");
		}
	}

}
