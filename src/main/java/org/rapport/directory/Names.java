package org.rapport.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.rapport.shared.InvalidInputException;
import org.rapport.shared.Text;

/**
 * How names are cleaned, compared and sorted.
 */
final class Names {

	private Names() {
	}

	/**
	 * Trims a name, folds runs of white space into one space and puts it in Unicode NFC,
	 * so that the same name typed composed or decomposed is one name.
	 */
	static String clean(String name) {
		return (name != null) ? Text.nfc(name).strip().replaceAll("\\s+", " ") : null;
	}

	/**
	 * Refuses a name that Rapport cannot store as it is: with control or
	 * direction-changing characters, made only of invisible characters, or one whose key
	 * outgrows its column (some letters, such as "İ", lower-case to two characters).
	 * @param field the input field, for the error
	 * @param name the name as entered, may be {@code null}
	 */
	static void check(String field, String name) {
		String cleaned = Text.name(field, name);
		if (cleaned != null && key(cleaned).length() > Text.MAX_KEY_LENGTH) {
			throw new InvalidInputException(field, "text.key-too-long", Text.MAX_KEY_LENGTH);
		}
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
