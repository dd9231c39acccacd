package org.rapport.relationships.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderSummary;

import static org.assertj.core.api.Assertions.assertThat;

class RelationshipsControllerTests {

	@Test
	void placesStakeholdersByInterestAcrossAndInfluenceUpAndSpreadsThoseWhoShareACell() {
		List<RelationshipsController.GridDot> dots = RelationshipsController
			.grid(List.of(stakeholder("Low", 1, 1), stakeholder("High", 5, 5), stakeholder("Also high", 5, 5)));

		assertThat(dots.get(0)).extracting("x", "y").containsExactly(72L, 308L);
		assertThat(dots.get(1)).extracting("x", "y").containsExactly(328L, 52L);
		assertThat(dots.get(2).x()).isNotEqualTo(dots.get(1).x());
		assertThat(dots.get(2).y()).isEqualTo(dots.get(1).y());
	}

	private static StakeholderSummary stakeholder(String name, int influence, int interest) {
		return new StakeholderSummary(1, null, name, null, influence, interest, Stance.NEUTRAL, null, null);
	}

}
