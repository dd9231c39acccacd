package org.rapport.health;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PerceptionsTests {

	@Test
	void quotesTheFirstTwoCommentsOnOneLineEachCutToTheirLength() {
		String longComment = "a".repeat(Perceptions.QUOTE_LENGTH + 40);

		String said = Perceptions.said(List.of("  ", "They  never\ncall back.", longComment, "Third one."));

		assertThat(said).isEqualTo(
				"\u201CThey never call back.\u201D \u201C" + "a".repeat(Perceptions.QUOTE_LENGTH - 1) + "\u2026\u201D");
	}

	@Test
	void saysNothingWithoutComments() {
		assertThat(Perceptions.said(List.of())).isNull();
		assertThat(Perceptions.said(List.of(" ", "\n"))).isNull();
	}

}
