package org.rapport.shared;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The groups of roles that Rapport's rules name, each named here once for Java, for the
 * security rules (through {@link RoleGroups}, {@code @roleGroups} in expressions) and for
 * templates alike. The role names are those of the accounts module's roles.
 */
public enum RoleGroup {

	/**
	 * Those who steer the whole portfolio: administrators, the CIO and the head of
	 * relationship management.
	 */
	PORTFOLIO("ADMIN", "CIO", "RELATIONSHIP_MANAGER"),

	/**
	 * Those who look over the portfolio's health: who steer it, and IT leaders for the
	 * groups they lead.
	 */
	OVERSIGHT("ADMIN", "CIO", "RELATIONSHIP_MANAGER", "IT_LEADER"),

	/**
	 * Those who answer for the health of relationships beyond their own: the CIO, the
	 * head of relationship management, and IT leaders for the groups they lead.
	 */
	STEWARDSHIP("CIO", "RELATIONSHIP_MANAGER", "IT_LEADER"),

	/** Those who assign the CIO and the head of relationship management. */
	LEADERSHIP("ADMIN", "CIO"),

	/** Those who run Rapport: imports, accounts, jobs and the audit log. */
	ADMINISTRATION("ADMIN");

	private final List<String> roles;

	RoleGroup(String... roles) {
		this.roles = List.of(roles);
	}

	/**
	 * The roles of the group, without the {@code ROLE_} prefix, as {@code hasAnyRole}
	 * takes them.
	 * @return the roles
	 */
	public String[] roles() {
		return this.roles.toArray(String[]::new);
	}

	/**
	 * Whether one of these authorities is a role of the group.
	 * @param authorities granted authorities, such as {@code ROLE_CIO}
	 * @return whether the group includes them
	 */
	public boolean includes(Collection<String> authorities) {
		return authorities.stream().anyMatch((authority) -> this.roles.contains(authority.replaceFirst("^ROLE_", "")));
	}

	/**
	 * Whether the authenticated caller has a role of the group.
	 * @param authentication the caller, may be {@code null}
	 * @return whether the group includes the caller
	 */
	public boolean includes(Authentication authentication) {
		return authentication != null
				&& includes(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
	}

}
