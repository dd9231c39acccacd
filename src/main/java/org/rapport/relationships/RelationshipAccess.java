package org.rapport.relationships;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.rapport.accounts.RapportUser;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.RoleGroup;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Works out the {@link Viewer} for the signed-in user, and so whether they may read or
 * change a relationship: the object-level check of every method of
 * {@link RelationshipManagement} that names one.
 */
@Component
class RelationshipAccess {

	private static final String VIEWER = RelationshipAccess.class.getName() + ".viewer";

	private final DirectoryManagement directory;

	private final RelationshipRepository relationships;

	RelationshipAccess(DirectoryManagement directory, RelationshipRepository relationships) {
		this.directory = directory;
		this.relationships = relationships;
	}

	/**
	 * The relationship, if the caller may read it.
	 * @throws NotFoundException when it does not exist or is out of the caller's reach
	 */
	Relationship readable(long id) {
		Relationship relationship = this.relationships.findById(id)
			.orElseThrow(() -> new NotFoundException("Relationship", id));
		if (!viewer().canRead(relationship)) {
			// Relationships outside the caller's reach are not theirs to know about.
			throw new NotFoundException("Relationship", id);
		}
		return relationship;
	}

	/**
	 * The relationship whoever asks, for what Rapport records on its own behalf, such as
	 * what partners said in a survey that closed.
	 * @throws NotFoundException when it does not exist
	 */
	Relationship any(long id) {
		return this.relationships.findById(id).orElseThrow(() -> new NotFoundException("Relationship", id));
	}

	/**
	 * The relationship, if the caller may change it.
	 * @throws AccessDeniedException when the caller may read but not change it
	 */
	Relationship editable(long id) {
		Relationship relationship = readable(id);
		if (!viewer().canEdit(relationship)) {
			throw new AccessDeniedException(
					"Only the owner, participants and leaders of the group change this relationship");
		}
		return relationship;
	}

	/**
	 * The relationship, if the caller may change it and it has not ended: what every
	 * change that records something new on a relationship asks for.
	 * @throws AccessDeniedException when the caller may read but not change it
	 * @throws RelationshipEndedException when it has ended
	 */
	Relationship active(long id) {
		Relationship relationship = editable(id);
		relationship.requireActive();
		return relationship;
	}

	/**
	 * Of some relationships, those the caller may read.
	 */
	Set<Long> readableAmong(Collection<Long> ids) {
		Viewer viewer = viewer();
		Set<Long> readable = new HashSet<>();
		this.relationships.findAllById(Set.copyOf(ids)).forEach((relationship) -> {
			if (viewer.canRead(relationship)) {
				readable.add(relationship.getId());
			}
		});
		return readable;
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
		return new Viewer(personId, portfolio, Set.copyOf(led), Set.copyOf(own));
	}

	private record Seen(Authentication authentication, Viewer viewer) {
	}

}
