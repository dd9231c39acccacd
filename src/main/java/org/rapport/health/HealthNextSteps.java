package org.rapport.health;

import java.util.ArrayList;
import java.util.List;

import org.rapport.commitments.CommitmentManagement;
import org.rapport.commitments.CommitmentSummary;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.shared.NextStep;
import org.rapport.shared.NextSteps;
import org.rapport.shared.RoleGroup;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the relationships' health asks of the signed-in person: for those who answer for
 * the portfolio or a group, no relationship at risk or losing touch; for everyone with
 * relationships of their own, theirs in touch and their promises kept.
 */
@Component
class HealthNextSteps implements NextSteps {

	private final HealthManagement health;

	private final RelationshipManagement relationships;

	private final CommitmentManagement commitments;

	HealthNextSteps(HealthManagement health, RelationshipManagement relationships, CommitmentManagement commitments) {
		this.health = health;
		this.relationships = relationships;
		this.commitments = commitments;
	}

	@Override
	public List<NextStep> forCurrentUser() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		List<NextStep> steps = new ArrayList<>();
		if (RoleGroup.STEWARDSHIP.includes(caller)) {
			long atRisk = this.health.bandCounts(PortfolioFilter.none()).get(Band.AT_RISK);
			steps.add(new NextStep(50, "next.atRisk", List.of(atRisk), "/relationships?band=AT_RISK", atRisk == 0));
			long losingTouch = losingTouch(false);
			steps.add(new NextStep(60, "next.losingTouch", List.of(losingTouch), "/relationships?alert=LOSING_TOUCH",
					losingTouch == 0));
		}
		Long personId = this.relationships.viewer().personId();
		if (personId != null && !this.relationships.mine().isEmpty()) {
			long mine = losingTouch(true);
			steps.add(new NextStep(70, "next.mine.losingTouch", List.of(mine), "/mine", mine == 0));
			long overdue = this.commitments.pendingOf(personId).stream().filter(CommitmentSummary::overdue).count();
			steps.add(new NextStep(80, "next.mine.overdue", List.of(overdue), "/commitments", overdue == 0));
		}
		return steps;
	}

	private long losingTouch(boolean mine) {
		return this.health.bandCounts(new PortfolioFilter(null, null, null, null, null, AlertType.LOSING_TOUCH, mine))
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.sum();
	}

}
