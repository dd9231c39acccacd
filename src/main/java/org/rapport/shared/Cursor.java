package org.rapport.shared;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;

/**
 * The position after the last item of a page: the sort key and the id that breaks ties.
 * Encoded as opaque URL-safe text so that clients pass it back unchanged.
 *
 * @param key the sort key of the last item
 * @param id the id of the last item
 */
public record Cursor(String key, long id) {

	private static final char SEPARATOR = '\n';

	private static final int DEFAULT_SIZE = 50;

	private static final int MAX_SIZE = 200;

	public String encode() {
		String raw = this.key + SEPARATOR + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Decodes a cursor that a client sent back.
	 * @param text the encoded cursor, may be {@code null} or blank for the first page
	 * @return the cursor, or {@code null} for the first page
	 * @throws InvalidInputException when the text is not a cursor this application made
	 */
	public static Cursor decode(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			int at = raw.lastIndexOf(SEPARATOR);
			if (at < 0) {
				throw new IllegalArgumentException("no separator");
			}
			String key = raw.substring(0, at);
			if (Text.hasControl(key, true)) {
				// PostgreSQL cannot compare text holding NUL; no key Rapport makes holds
				// one.
				throw invalid();
			}
			return new Cursor(key, Long.parseLong(raw.substring(at + 1)));
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
	}

	/**
	 * The sort key as a day, for lists sorted by date.
	 * @return the day
	 * @throws InvalidInputException when the key is not a day Rapport records
	 */
	public LocalDate day() {
		try {
			LocalDate day = LocalDate.parse(this.key);
			Days.requireInRange("after", day);
			return day;
		}
		catch (DateTimeException | InvalidInputException ex) {
			throw invalid();
		}
	}

	/**
	 * The sort key as a moment, for lists sorted by time.
	 * @return the moment
	 * @throws InvalidInputException when the key is not a moment Rapport records
	 */
	public LocalDateTime time() {
		try {
			LocalDateTime time = LocalDateTime.parse(this.key);
			Days.requireInRange("after", time.toLocalDate());
			return time;
		}
		catch (DateTimeException | InvalidInputException ex) {
			throw invalid();
		}
	}

	/**
	 * The error of a cursor that this application did not make.
	 * @return the exception to throw
	 */
	public static InvalidInputException invalid() {
		return new InvalidInputException("after", "page.cursor-invalid");
	}

	/**
	 * The page size a client asked for, which lists allow from 1 to 200.
	 * @param requested the size a client asked for, may be {@code null}
	 * @return the size, 50 when none was asked for
	 * @throws InvalidInputException naming {@code size} when it is outside 1 to 200
	 */
	public static int pageSize(Integer requested) {
		if (requested == null) {
			return DEFAULT_SIZE;
		}
		if (requested < 1 || requested > MAX_SIZE) {
			throw new InvalidInputException("size", "page.size-invalid", 1, MAX_SIZE);
		}
		return requested;
	}

}
