package org.rapport.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The rules every piece of text must keep before Rapport stores or compares it: no
 * control characters (free text may hold tabs and line breaks), and names in Unicode NFC,
 * visible, and free of the characters that reverse the direction of the text around them.
 */
public final class Text {

	/** The longest key of a name that the directory stores. */
	public static final int MAX_KEY_LENGTH = 200;

	private Text() {
	}

	/**
	 * Whether the text holds a control character: NUL, the other C0 and C1 controls and
	 * DEL. Free text may hold tabs and line breaks (carriage returns included, since
	 * browsers send line breaks as CR LF).
	 * @param text the text, may be {@code null}
	 * @param freeText whether tabs and line breaks are allowed
	 * @return {@code true} when a control character is in it
	 */
	public static boolean hasControl(String text, boolean freeText) {
		if (text == null) {
			return false;
		}
		return text.codePoints().anyMatch((c) -> isControl(c, freeText));
	}

	static boolean isControl(int c, boolean freeText) {
		if (freeText && (c == '\t' || c == '\n' || c == '\r')) {
			return false;
		}
		return Character.getType(c) == Character.CONTROL;
	}

	/**
	 * Whether the text holds a character that overrides or isolates the direction of the
	 * text (U+202A to U+202E and U+2066 to U+2069), which can make a name read as
	 * something it is not.
	 * @param text the text, may be {@code null}
	 * @return {@code true} when such a character is in it
	 */
	public static boolean hasBidiControl(String text) {
		if (text == null) {
			return false;
		}
		return text.codePoints().anyMatch((c) -> (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
	}

	/**
	 * Whether the text is not empty but shows nothing: only white space, zero-width and
	 * other formatting characters, fillers and blank glyphs.
	 * @param text the text, may be {@code null}
	 * @return {@code true} when nothing of it would be seen
	 */
	public static boolean isInvisible(String text) {
		return text != null && !text.isEmpty() && text.codePoints().allMatch(Text::isInvisible);
	}

	static boolean isInvisible(int c) {
		int type = Character.getType(c);
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
				|| type == Character.CONTROL || type == Character.UNASSIGNED || c == 0x034F || c == 0x115F
				|| c == 0x1160 || c == 0x2800 || c == 0x3164 || c == 0xFFA0 || (c >= 0xFE00 && c <= 0xFE0F);
	}

	/**
	 * The key a label is known by in URLs and the API: its letters and digits without
	 * accents, in lower case, joined by dashes, at most 40 characters.
	 * @param label the label
	 * @return the key, empty when the label has no letter or digit
	 */
	public static String key(String label) {
		String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String key = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return (key.length() > 40) ? key.substring(0, 40).replaceAll("-$", "") : key;
	}

	/**
	 * The text in Unicode normal form C, so that a letter typed composed ("é") and one
	 * typed decomposed ("e" and a combining accent) are the same.
	 * @param text the text, may be {@code null}
	 * @return the normalised text
	 */
	public static String nfc(String text) {
		return (text != null) ? Normalizer.normalize(text, Normalizer.Form.NFC) : null;
	}

	/**
	 * Checks a name and gives it the form Rapport stores: NFC, trimmed, runs of white
	 * space folded into one space.
	 * @param field the input field, for the error
	 * @param name the name as entered, may be {@code null}
	 * @return the name to store, {@code null} when none was given
	 * @throws InvalidInputException when the name holds control or direction-changing
	 * characters, or shows nothing
	 */
	public static String name(String field, String name) {
		if (name == null) {
			return null;
		}
		if (hasControl(name, false)) {
			throw new InvalidInputException(field, "text.control");
		}
		if (hasBidiControl(name)) {
			throw new InvalidInputException(field, "text.bidi");
		}
		if (isInvisible(name) && !name.isBlank()) {
			throw new InvalidInputException(field, "text.invisible");
		}
		return nfc(name).strip().replaceAll("\\s+", " ");
	}

	/**
	 * What a user typed into a search, lower-cased and with the characters that
	 * {@code like} reads as wildcards escaped, to be wrapped in {@code %} as the search
	 * needs and compared with {@code like ... escape '\\'} against a lower-cased key.
	 * @param typed the text typed
	 * @return the text as a literal part of a {@code like} pattern
	 */
	public static String likeLiteral(String typed) {
		return typed.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
