package org.rapport.directory;

import java.util.ArrayList;
import java.util.List;

import org.rapport.shared.NextStep;
import org.rapport.shared.NextSteps;
import org.rapport.shared.RoleGroup;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The directory's first steps: people imported, and the CIO and the head of relationship
 * management named, the head reporting to the CIO.
 */
@Component
class DirectoryNextSteps implements NextSteps {

	private final DirectoryManagement directory;

	DirectoryNextSteps(DirectoryManagement directory) {
		this.directory = directory;
	}

	@Override
	public List<NextStep> forCurrentUser() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		List<NextStep> steps = new ArrayList<>();
		if (RoleGroup.ADMINISTRATION.includes(caller)) {
			steps.add(new NextStep(10, "next.import", List.of(), "/imports", this.directory.facts().people() > 0));
		}
		if (RoleGroup.LEADERSHIP.includes(caller)) {
			Leadership leadership = this.directory.leadership();
			steps.add(new NextStep(20, "next.cio", List.of(), "/leadership", leadership.cio() != null));
			steps.add(new NextStep(30, "next.head", List.of(), "/leadership", leadership.complete()));
		}
		return steps;
	}

}
