package org.rapport.recognition;

import java.util.List;

import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.Text;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists recognition offers, which the head of relationship management keeps: the
 * relationship values kudos and praise are tagged with, and the awards of each quarter.
 * An entry is added with a label, renamed, or retired (it stays on what carries it, and
 * may be restored); its key, which the API names it by, never changes.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("@roleGroups.steersPortfolio()")
public class RecognitionLists {

	/** The longest label. */
	public static final int MAX_LABEL = 80;

	private final JdbcClient jdbc;

	RecognitionLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A list's entries, retired ones too, in their order.
	 * @param list which list
	 * @return its entries
	 */
	public List<Entry> entries(RecognitionList list) {
		return this.jdbc
			.sql("select %s, %s, active from %s order by position, id".formatted(list.keyColumn, list.labelColumn,
					list.table))
			.query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	/**
	 * Adds an entry at the end of a list; its key is made from its label.
	 * @param list which list, {@code values} or {@code awards}
	 * @param label how pages show it
	 * @return the entry
	 * @throws NotFoundException when there is no such list
	 * @throws InvalidInputException naming {@code label} when blank or too long
	 * @throws AlreadyExistsException naming {@code label} when an entry has that key
	 * already
	 */
	@Transactional
	public Entry add(String list, String label) {
		return add(RecognitionList.of(list), label);
	}

	/**
	 * Adds an entry at the end of a list; its key is made from its label.
	 * @param list which list
	 * @param label how pages show it
	 * @return the entry
	 */
	@Transactional
	public Entry add(RecognitionList list, String label) {
		String cleaned = label(label);
		String key = key(cleaned);
		try {
			this.jdbc.sql("""
					insert into %1$s (%2$s, %3$s, position, active)
					select :key, :label, coalesce(max(position), 0) + 1, true from %1$s
					""".formatted(list.table, list.keyColumn, list.labelColumn))
				.param("key", key)
				.param("label", cleaned)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("label", ex, "recognition.lists.exists", cleaned);
		}
		return new Entry(key, cleaned, true);
	}

	/**
	 * Renames an entry; what carries it shows the new label.
	 * @param list which list
	 * @param key the entry
	 * @param label its new label
	 * @return the entry
	 */
	@Transactional
	public Entry rename(String list, String key, String label) {
		return rename(RecognitionList.of(list), key, label);
	}

	@Transactional
	public Entry rename(RecognitionList list, String key, String label) {
		String cleaned = label(label);
		update(list, key, "%s = :value".formatted(list.labelColumn), cleaned);
		return entries(list).stream().filter((entry) -> entry.key().equals(key)).findFirst().orElseThrow();
	}

	/**
	 * Retires an entry, or restores it: a retired entry is no longer offered, and stays
	 * on what carries it.
	 * @param list which list
	 * @param key the entry
	 * @param active whether it is offered
	 * @return the entry
	 */
	@Transactional
	public Entry activate(String list, String key, boolean active) {
		return activate(RecognitionList.of(list), key, active);
	}

	@Transactional
	public Entry activate(RecognitionList list, String key, boolean active) {
		update(list, key, "active = :value", active);
		return entries(list).stream().filter((entry) -> entry.key().equals(key)).findFirst().orElseThrow();
	}

	private void update(RecognitionList list, String key, String set, Object value) {
		int updated = this.jdbc.sql("update %s set %s where %s = :key".formatted(list.table, set, list.keyColumn))
			.param("value", value)
			.param("key", key)
			.update();
		if (updated == 0) {
			throw new NotFoundException("List entry", key);
		}
	}

	private static String label(String label) {
		String cleaned = (label != null) ? Text.nfc(label.strip()) : "";
		if (cleaned.isEmpty() || cleaned.length() > MAX_LABEL || Text.hasControl(cleaned, false)) {
			throw new InvalidInputException("label", "recognition.lists.label", MAX_LABEL);
		}
		return cleaned;
	}

	/**
	 * The key of a label: its letters and digits in lower case, joined by dashes.
	 */
	static String key(String label) {
		String key = Text.key(label);
		if (key.isEmpty()) {
			throw new InvalidInputException("label", "recognition.lists.label", MAX_LABEL);
		}
		return key;
	}

	/**
	 * An entry of a list.
	 *
	 * @param key what the API names it by
	 * @param label how pages show it
	 * @param active whether it is offered
	 */
	public record Entry(String key, String label, boolean active) {
	}

	/**
	 * The lists.
	 */
	public enum RecognitionList {

		/** The relationship values of kudos and praise. */
		VALUES("recognition_value", "value_key", "label"),

		/** The awards of each quarter. */
		AWARDS("recognition_award", "award_key", "name");

		private final String table;

		private final String keyColumn;

		private final String labelColumn;

		RecognitionList(String table, String keyColumn, String labelColumn) {
			this.table = table;
			this.keyColumn = keyColumn;
			this.labelColumn = labelColumn;
		}

		/**
		 * The list a request names, in any case.
		 * @param name {@code values} or {@code awards}
		 * @return the list
		 * @throws NotFoundException when there is no such list
		 */
		public static RecognitionList of(String name) {
			for (RecognitionList list : values()) {
				if (list.name().equalsIgnoreCase(name)) {
					return list;
				}
			}
			throw new NotFoundException("List", name);
		}

	}

}
