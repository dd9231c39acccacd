package org.rapport.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CursorTests {

	@Test
	void decodesWhatItEncodesEvenWithSeparatorsInTheKey() {
		Cursor cursor = new Cursor("smith, john\nsenior", 42);
		assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
	}

	@Test
	void treatsAMissingCursorAsTheFirstPage() {
		assertThat(Cursor.decode(null)).isNull();
		assertThat(Cursor.decode(" ")).isNull();
	}

	@Test
	void refusesACursorItDidNotMakeNamingTheParameter() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Cursor.decode("not a cursor!"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("after"));
	}

	@Test
	void takesPageSizesFromOneTo200AndRefusesOthersNamingTheParameter() {
		assertThat(Cursor.pageSize(null)).isEqualTo(50);
		assertThat(Cursor.pageSize(1)).isEqualTo(1);
		assertThat(Cursor.pageSize(200)).isEqualTo(200);
		for (int size : new int[] { 0, -1, 201, 10_000 }) {
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Cursor.pageSize(size))
				.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("size"));
		}
	}

	@Test
	void pageCarriesANextCursorOnlyWhenMoreRowsWereFetched() {
		KeysetPage<String> last = KeysetPage.of(List.of("a", "b"), 2, (item) -> new Cursor(item, 1));
		assertThat(last.next()).isNull();
		KeysetPage<String> more = KeysetPage.of(List.of("a", "b", "c"), 2, (item) -> new Cursor(item, 1));
		assertThat(more.items()).containsExactly("a", "b");
		assertThat(Cursor.decode(more.next()).key()).isEqualTo("b");
	}

}
