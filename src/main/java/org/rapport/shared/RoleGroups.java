package org.rapport.shared;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The {@link RoleGroup}s of the signed-in user, for security expressions
 * ({@code @PreAuthorize("@roleGroups.steersPortfolio()")}) and templates
 * ({@code ${@roleGroups.steersPortfolio()}}).
 */
@Component("roleGroups")
public class RoleGroups {

	/**
	 * Whether the caller steers the whole portfolio.
	 * @return whether the caller is in {@link RoleGroup#PORTFOLIO}
	 */
	public boolean steersPortfolio() {
		return has(RoleGroup.PORTFOLIO);
	}

	/**
	 * Whether the caller looks over the portfolio's health.
	 * @return whether the caller is in {@link RoleGroup#OVERSIGHT}
	 */
	public boolean overseesPortfolio() {
		return has(RoleGroup.OVERSIGHT);
	}

	/**
	 * Whether the caller assigns the accountability chain.
	 * @return whether the caller is in {@link RoleGroup#LEADERSHIP}
	 */
	public boolean assignsLeadership() {
		return has(RoleGroup.LEADERSHIP);
	}

	private static boolean has(RoleGroup group) {
		return group.includes(SecurityContextHolder.getContext().getAuthentication());
	}

}
