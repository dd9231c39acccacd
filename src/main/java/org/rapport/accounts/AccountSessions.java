package org.rapport.accounts;

import java.util.Objects;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends the other sessions of an account as soon as its roles, person, password or whether
 * it may sign in change, on every node, as sessions live in the database: the next
 * request of such a session is sent to sign in again, with what the account is now. The
 * session that made the change stays: the administrator's own, or the user's who changed
 * their own password.
 */
@Component
class AccountSessions {

	private static final Logger logger = LoggerFactory.getLogger(AccountSessions.class);

	private final JdbcClient jdbc;

	AccountSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AccountDisabled disabled) {
		endOtherSessions(disabled.username());
	}

	@EventListener
	void on(AccountRolesChanged changed) {
		endOtherSessions(changed.username());
	}

	@EventListener
	void on(AccountLinked linked) {
		// The principal stored in a session carries the person it acts as.
		endOtherSessions(linked.username());
	}

	@EventListener
	void on(PasswordReset reset) {
		endOtherSessions(reset.username());
	}

	@EventListener
	void on(PasswordChanged changed) {
		endOtherSessions(changed.username());
	}

	/**
	 * Ends every session of the account but the current one, in the transaction of the
	 * change and on its connection: a change that rolls back ends no session. Spring
	 * Session's own repository deletes in a transaction of its own, which would hold a
	 * second connection while the change holds the first.
	 */
	private void endOtherSessions(String username) {
		int ended = this.jdbc.sql("""
				delete from spring_session
				where principal_name = :username and session_id <> :keep
				""")
			.param("username", username)
			.param("keep", Objects.requireNonNullElse(currentSessionId(), ""))
			.update();
		if (ended > 0) {
			logger.info("Ended {} session(s) of {} after a change to the account", ended, username);
		}
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return (session != null) ? session.getId() : null;
		}
		return null;
	}

}
