package org.rapport.accounts;

import java.util.List;

import org.rapport.shared.NextStep;
import org.rapport.shared.NextSteps;
import org.rapport.shared.RoleGroup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * An administrator's step for accounts: people in the directory can sign in once some
 * have accounts of their own.
 */
@Component
class AccountNextSteps implements NextSteps {

	private final JdbcClient jdbc;

	AccountNextSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<NextStep> forCurrentUser() {
		if (!RoleGroup.ADMINISTRATION.includes(SecurityContextHolder.getContext().getAuthentication())) {
			return List.of();
		}
		long withPerson = this.jdbc.sql("select count(*) from accounts_account where person_id is not null")
			.query(Long.class)
			.single();
		return List.of(new NextStep(40, "next.accounts", List.of(), "/admin/accounts", withPerson > 0));
	}

}
