package org.rapport.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.rapport.shared.InvalidInputException;

/**
 * The one rule for every password Rapport sets, whichever way it is set: the account
 * form, a change of one's own password, the first administrator from the environment, and
 * the API. A password has 8 to 200 characters, does not contain the user name, is not one
 * character repeated nor only white space, and is not one of the common passwords shipped
 * with Rapport (also not with digits or symbols merely added at its end, such as
 * {@code sunshine1!}).
 */
final class PasswordPolicy {

	private static final String COMMON = "common-passwords.txt";

	/** Up to four digits and symbols tacked on at the end of a common word. */
	private static final Pattern DECORATION = Pattern.compile("[\\d\\p{Punct}\\s]{1,4}$");

	/** User names shorter than this occur inside too many honest passwords to refuse. */
	private static final int SHORTEST_NAME = 3;

	private static final Set<String> common = load();

	private PasswordPolicy() {
	}

	/**
	 * Fails when the password breaks the rule.
	 * @param field the form or JSON field that holds the password
	 * @param username the account's user name
	 * @param password the password
	 * @throws InvalidInputException naming the field and the rule broken
	 */
	static void check(String field, String username, String password) {
		if (password == null || password.length() < 8 || password.length() > 200) {
			throw new InvalidInputException(field, "error.password.length", 8, 200);
		}
		if (password.isBlank()) {
			throw new InvalidInputException(field, "error.password.blank");
		}
		if (password.codePoints().distinct().count() == 1) {
			throw new InvalidInputException(field, "error.password.repeated");
		}
		if (username != null && username.strip().length() >= SHORTEST_NAME
				&& password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
			throw new InvalidInputException(field, "error.password.username");
		}
		if (isCommon(password)) {
			throw new InvalidInputException(field, "error.password.common");
		}
	}

	static boolean isCommon(String password) {
		String lower = password.strip().toLowerCase(Locale.ROOT);
		if (common.contains(lower)) {
			return true;
		}
		String base = DECORATION.matcher(lower).replaceFirst("");
		return !base.isEmpty() && common.contains(base);
	}

	static int commonCount() {
		return common.size();
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords " + COMMON + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isEmpty() && !line.startsWith("#")) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}

}
