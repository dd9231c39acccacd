package org.rapport.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list: the items and the cursor of the next page, or
 * {@code null} on the last page.
 *
 * @param <T> the item type
 */
public record KeysetPage<T>(List<T> items, String next) {

	/**
	 * Builds a page from a query that fetched one row more than asked for; that extra row
	 * only tells that a next page exists.
	 * @param fetched the rows, at most {@code size + 1}
	 * @param size the page size asked for
	 * @param cursorOf the cursor that positions after a given item
	 * @return the page
	 */
	public static <T> KeysetPage<T> of(List<T> fetched, int size, Function<T, Cursor> cursorOf) {
		if (fetched.size() <= size) {
			return new KeysetPage<>(List.copyOf(fetched), null);
		}
		List<T> items = List.copyOf(fetched.subList(0, size));
		return new KeysetPage<>(items, cursorOf.apply(items.get(size - 1)).encode());
	}

	public <R> KeysetPage<R> map(Function<T, R> mapper) {
		return new KeysetPage<>(this.items.stream().map(mapper).toList(), this.next);
	}

}
