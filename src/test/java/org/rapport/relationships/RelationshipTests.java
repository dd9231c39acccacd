package org.rapport.relationships;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.rapport.directory.UnitKind;
import org.rapport.shared.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A relationship ends once, with a reason, takes nothing new while it has ended, and is
 * reopened once.
 */
class RelationshipTests {

	private static final LocalDateTime ESTABLISHED = LocalDateTime.of(2026, 1, 5, 9, 0);

	private static final LocalDateTime ENDED = LocalDateTime.of(2026, 3, 2, 16, 30);

	@Test
	void endingRecordsWhenByWhomAndWhyAndRefusesChangesUntilReopened() {
		Relationship relationship = relationship();

		relationship.end("The contract ran out", ENDED, "brm");

		assertThat(relationship.getEndedAt()).isEqualTo(ENDED);
		assertThat(relationship.getEndReason()).isEqualTo("The contract ran out");
		assertThatExceptionOfType(RelationshipEndedException.class).isThrownBy(relationship::requireActive)
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo("error.relationship.ended");
				assertThat(ex.getRelationshipId()).isEqualTo(7);
			});

		relationship.reopen(ENDED.plusDays(3));

		assertThat(relationship.getEndedAt()).isNull();
		assertThat(relationship.getEndReason()).isNull();
		assertThatNoException().isThrownBy(relationship::requireActive);
	}

	@Test
	void anEndedRelationshipDoesNotEndAgainAndKeepsItsFirstEnding() {
		Relationship relationship = relationship();
		relationship.end("The contract ran out", ENDED, "brm");

		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> relationship.end("Merged into Finance", ENDED.plusHours(1), "cio"))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo("error.relationship.ended-already");
				assertThat(ex.getArguments()).containsExactly("brm");
			});
		assertThat(relationship.getEndReason()).isEqualTo("The contract ran out");
		assertThat(relationship.getEndedAt()).isEqualTo(ENDED);
	}

	@Test
	void anActiveRelationshipIsNotReopened() {
		Relationship relationship = relationship();

		assertThatExceptionOfType(StateConflictException.class).isThrownBy(() -> relationship.reopen(ENDED))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("error.relationship.not-ended"));
		assertThatNoException().isThrownBy(relationship::requireActive);
	}

	@Test
	void theRefusalSaysTheDayItEnded() {
		Relationship relationship = relationship();
		relationship.end("The contract ran out", ENDED, "brm");

		assertThatExceptionOfType(RelationshipEndedException.class).isThrownBy(relationship::requireActive)
			.satisfies((ex) -> assertThat(ex.getArguments()).singleElement()
				.isEqualTo(Date.from(LocalDate.of(2026, 3, 2).atStartOfDay(ZoneId.systemDefault()).toInstant())));
	}

	private static Relationship relationship() {
		return new Relationship(7L, 1L, 2L, UnitKind.BUSINESS_UNIT, 3L, Tier.CORE, ESTABLISHED, ESTABLISHED);
	}

}
