package org.rapport.relationships;

import java.util.HashSet;
import java.util.Set;

import org.rapport.accounts.RapportUser;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Works out the {@link Viewer} for the signed-in user.
 */
@Component
class RelationshipAccess {

	private static final Set<String> PORTFOLIO_ROLES = Set.of("ROLE_ADMIN", "ROLE_CIO", "ROLE_RELATIONSHIP_MANAGER");

	private final DirectoryManagement directory;

	RelationshipAccess(DirectoryManagement directory) {
		this.directory = directory;
	}

	Viewer viewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Set<String> roles = new HashSet<>();
		if (authentication != null) {
			authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(roles::add);
		}
		boolean portfolio = roles.stream().anyMatch(PORTFOLIO_ROLES::contains);
		Long personId = (authentication != null && authentication.getPrincipal() instanceof RapportUser user)
				? user.getPersonId() : null;
		Set<Long> led = new HashSet<>();
		Set<Long> own = new HashSet<>();
		if (personId != null) {
			PersonSummary person = this.directory.person(personId);
			if (person.unitId() != null) {
				own.add(person.unitId());
				if (roles.contains("ROLE_IT_LEADER")) {
					led.addAll(this.directory.unitAndDescendants(person.unitId()));
					own.addAll(led);
				}
			}
		}
		return new Viewer(personId, portfolio, Set.copyOf(led), Set.copyOf(own));
	}

}
