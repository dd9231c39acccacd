package org.rapport.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

import org.rapport.shared.AuditableEvent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/**
 * Writes the audit log: sign-ins, failed sign-ins, and every data change that a module
 * publishes as an {@link AuditableEvent}.
 */
@Component
class AuditLog {

	static final String SIGN_IN = "SIGN_IN";

	static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		record(authentication.getName(), SIGN_IN, "account:" + authentication.getName(), null,
				addressOf(authentication));
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		Authentication authentication = event.getAuthentication();
		record(String.valueOf(authentication.getName()), SIGN_IN_FAILED, "account:" + authentication.getName(),
				event.getException().getMessage(), addressOf(authentication));
	}

	/**
	 * Writes a data change with the moment it was made, not the moment it arrives here,
	 * which may be later, after a restart that republished it.
	 */
	@ApplicationModuleListener
	void on(AuditableEvent event) {
		record(event.occurredAt(), event.actor(), event.action(), event.target(), event.detail(), null);
	}

	void record(String actor, String action, String target, String detail, String remoteAddress) {
		record(this.clock.instant(), actor, action, target, detail, remoteAddress);
	}

	void record(Instant at, String actor, String action, String target, String detail, String remoteAddress) {
		this.jdbc.sql("""
				insert into accounts_audit_event (occurred_at, actor, action, target, detail, remote_address)
				values (:at, :actor, :action, :target, :detail, :address)
				""")
			.param("at", LocalDateTime.ofInstant(at, this.clock.getZone()))
			.param("actor", truncate(actor, 100))
			.param("action", action)
			.param("target", truncate(target, 200))
			.param("detail", truncate(detail, 2000))
			.param("address", remoteAddress)
			.update();
	}

	static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
