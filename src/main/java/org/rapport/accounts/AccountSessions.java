package org.rapport.accounts;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
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

	private void endOtherSessions(String username) {
		String current = currentSessionId();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// Only a change that is stored ends sessions.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					endSessionsOf(username, current);
				}
			});
		}
		else {
			endSessionsOf(username, current);
		}
	}

	/**
	 * Ends every session of the account but one.
	 * @param username the account's user name, as sessions are indexed by it
	 * @param keep the session to keep, or {@code null}
	 * @return how many sessions ended
	 */
	int endSessionsOf(String username, String keep) {
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keep)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		if (ended > 0) {
			logger.info("Ended {} session(s) of {} after a change to the account", ended, username);
		}
		return ended;
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return (session != null) ? session.getId() : null;
		}
		return null;
	}

}
