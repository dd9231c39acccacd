package org.rapport.relationships;

import java.util.HashSet;
import java.util.Set;

import org.rapport.accounts.RapportUser;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.shared.RoleGroup;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Works out the {@link Viewer} for the signed-in user.
 */
@Component
class RelationshipAccess {

	private static final String VIEWER = RelationshipAccess.class.getName() + ".viewer";

	private final DirectoryManagement directory;

	RelationshipAccess(DirectoryManagement directory) {
		this.directory = directory;
	}

	Viewer viewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// Within one web request the viewer is worked out once; a page asks many times.
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(VIEWER, RequestAttributes.SCOPE_REQUEST) instanceof Seen seen
				&& seen.authentication() == authentication) {
			return seen.viewer();
		}
		Viewer viewer = viewer(authentication);
		if (request != null) {
			request.setAttribute(VIEWER, new Seen(authentication, viewer), RequestAttributes.SCOPE_REQUEST);
		}
		return viewer;
	}

	private Viewer viewer(Authentication authentication) {
		Set<String> roles = new HashSet<>();
		if (authentication != null) {
			authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(roles::add);
		}
		boolean portfolio = RoleGroup.PORTFOLIO.includes(roles);
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
		boolean stewards = roles.contains("ROLE_CIO") || roles.contains("ROLE_RELATIONSHIP_MANAGER");
		return new Viewer(personId, portfolio, Set.copyOf(led), Set.copyOf(own), stewards);
	}

	private record Seen(Authentication authentication, Viewer viewer) {
	}

}
