package org.rapport.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PositionTests {

	@Test
	void onlyTheHeadOfRelationshipManagementMustReportToTheCio() {
		assertThat(Position.mayReportTo(1L, 2L, 2L, 1L)).isTrue();
		assertThat(Position.mayReportTo(1L, 2L, 2L, 3L)).isFalse();
		assertThat(Position.mayReportTo(1L, 2L, 2L, null)).isFalse();
		assertThat(Position.mayReportTo(1L, 2L, 4L, 3L)).isTrue();
	}

	@Test
	void bindsNoOneWhileAPositionIsVacant() {
		assertThat(Position.mayReportTo(null, 2L, 2L, 3L)).isTrue();
		assertThat(Position.mayReportTo(1L, null, 2L, 3L)).isTrue();
	}

}
