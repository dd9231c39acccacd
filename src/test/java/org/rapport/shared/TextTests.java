package org.rapport.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of text: control characters, Unicode normal form, invisible names and
 * direction overrides.
 */
class TextTests {

	@Test
	void findsNulAndOtherControlsButLetsFreeTextKeepTabsAndLineBreaks() {
		assertThat(Text.hasControl("a\u0000b", true)).isTrue();
		assertThat(Text.hasControl("a\u0007b", true)).isTrue();
		assertThat(Text.hasControl("a\u007Fb", true)).isTrue();
		assertThat(Text.hasControl("a\u0085b", true)).isTrue();
		assertThat(Text.hasControl("line one\r\nline\ttwo", true)).isFalse();
		assertThat(Text.hasControl("a\tb", false)).isTrue();
		assertThat(Text.hasControl("a\nb", false)).isTrue();
		assertThat(Text.hasControl("Zoë Ünal, 東京", false)).isFalse();
		assertThat(Text.hasControl(null, false)).isFalse();
	}

	@Test
	void givesComposedAndDecomposedNamesOneForm() {
		String composed = "Caf\u00E9";
		String decomposed = "Cafe\u0301";

		assertThat(composed).isNotEqualTo(decomposed);
		assertThat(Text.name("name", decomposed)).isEqualTo(composed);
		assertThat(Text.name("name", "  Ann   Lee ")).isEqualTo("Ann Lee");
	}

	@Test
	void refusesNamesThatShowNothing() {
		for (String invisible : new String[] { "\u200B", "\u200B\u200C\u200D", "\u2060\uFEFF", "\u3164", "\u00AD",
				" \u200B " }) {
			assertThatThrownBy(() -> Text.name("name", invisible)).isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("text.invisible"));
		}
		assertThat(Text.isInvisible("A\u200B")).isFalse();
		assertThat(Text.isInvisible("")).isFalse();
	}

	@Test
	void refusesDirectionOverridesAndIsolatesInNames() {
		for (int c : new int[] { 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069 }) {
			String name = "Eve" + Character.toString(c) + "txt.exe";
			assertThatThrownBy(() -> Text.name("name", name)).isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("name"));
		}
		assertThat(Text.hasBidiControl("\u05E9\u05DC\u05D5\u05DD")).as("Hebrew itself is fine").isFalse();
		assertThat(Text.hasBidiControl("a\u200Fb")).as("a right-to-left mark is no override").isFalse();
	}

	@Test
	void refusesControlCharactersInNamesWithTheirCode() {
		assertThatThrownBy(() -> Text.name("name", "A\u0000B")).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.getCode()).isEqualTo("text.control"));
		assertThat(Text.name("name", null)).isNull();
	}

	@Test
	void keepsDaysBetween1900And2100() {
		Days.requireInRange("day", Days.FIRST);
		Days.requireInRange("day", Days.LAST);
		Days.requireInRange("day", null);
		for (java.time.LocalDate day : new java.time.LocalDate[] { java.time.LocalDate.MIN, java.time.LocalDate.MAX,
				java.time.LocalDate.of(1000, 1, 1), java.time.LocalDate.of(2101, 1, 1) }) {
			assertThatThrownBy(() -> Days.requireInRange("day", day)).isInstanceOfSatisfying(
					InvalidInputException.class, (ex) -> assertThat(ex.getCode()).isEqualTo("day.out-of-range"));
		}
	}

	@Test
	void searchTextIsLowerCasedAndItsWildcardsAreTakenLiterally() {
		assertThat(Text.likeLiteral("Ops_Team 100%")).isEqualTo("ops\\_team 100\\%");
		assertThat(Text.likeLiteral("C:\\Share")).isEqualTo("c:\\\\share");
		assertThat(Text.likeLiteral("İSTANBUL")).as("lower-cased the same in every locale").startsWith("i");
	}

}
