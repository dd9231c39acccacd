package org.rapport.shared;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Message arguments stored in one column read back as the numbers, days and text they
 * were.
 */
class MessageArgumentsTests {

	@Test
	void readsBackNumbersDaysAndText() {
		List<Object> arguments = List.of(209, "\"Production\", \"Production  \"", LocalDate.of(2026, 3, 1), 7L);

		assertThat(MessageArguments.decode(MessageArguments.encode(arguments))).containsExactly(209L,
				"\"Production\", \"Production  \"", LocalDate.of(2026, 3, 1), 7L);
	}

	@Test
	void readsBackAMessageCodeAsAnArgumentThatRendersInTheReadersLanguage() {
		List<Object> arguments = List.of(3L, new MessageArguments.Code("health.component.inline.ENGAGEMENT"));

		List<Object> decoded = MessageArguments.decode(MessageArguments.encode(arguments));

		assertThat(decoded).containsExactly(3L, new MessageArguments.Code("health.component.inline.ENGAGEMENT"));
		assertThat(((MessageArguments.Code) decoded.get(1)).resolvable().getCodes())
			.containsExactly("health.component.inline.ENGAGEMENT");
	}

	@Test
	void keepsNoArgumentsAsEmptyText() {
		assertThat(MessageArguments.encode(List.of())).isEmpty();
		assertThat(MessageArguments.decode("")).isEmpty();
		assertThat(MessageArguments.decode(null)).isEmpty();
	}

	@Test
	void cutsLongTextAndTheSeparatorCannotSplitAnArgument() {
		String encoded = MessageArguments.encode(List.of("x".repeat(5000), "a\u001fb"));

		List<Object> decoded = MessageArguments.decode(encoded);
		assertThat(decoded).hasSize(2);
		assertThat((String) decoded.get(0)).hasSize(MessageArguments.MAX_TEXT).endsWith("…");
		assertThat(decoded.get(1)).isEqualTo("a b");
	}

}
