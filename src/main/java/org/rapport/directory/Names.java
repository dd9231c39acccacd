package org.rapport.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How names are cleaned, compared and sorted.
 */
final class Names {

	private Names() {
	}

	/**
	 * Trims a name and folds runs of white space into one space.
	 */
	static String clean(String name) {
		return (name != null) ? name.strip().replaceAll("\\s+", " ") : null;
	}

	/**
	 * The key names are sorted, searched and de-duplicated by.
	 */
	static String key(String name) {
		return clean(name).toLowerCase(Locale.ROOT);
	}

	/**
	 * The words of a person's name without initials and in any order, since HR exports
	 * write last name first or last.
	 */
	static Set<String> personTokens(String name) {
		return Arrays.stream(key(name).split("[\\s,]+"))
			.map((word) -> word.replace(".", ""))
			.filter((word) -> word.length() > 1)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	static String emailKey(String email) {
		return (email != null && !email.isBlank()) ? email.strip().toLowerCase(Locale.ROOT) : null;
	}

	static String blankToNull(String value) {
		String cleaned = clean(value);
		return (cleaned == null || cleaned.isEmpty()) ? null : cleaned;
	}

}
