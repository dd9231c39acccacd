package org.rapport.development;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.CsvFile;
import org.rapport.shared.ImportRejection;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.Text;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competency framework: the soft skills Rapport develops, each with behavioural
 * indicators for levels 1 to 4. Everyone signed in reads it; the head of relationship
 * management (and administrators) keep it, on its page, through the API or by importing a
 * CSV file, all under the same rules.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Competencies {

	/** The columns of the framework's CSV file, in the order an export writes them. */
	public static final List<String> CSV_HEADERS = List.of("key", "name", "description", "level_1", "level_2",
			"level_3", "level_4", "active");

	/** The levels of every competency. */
	public static final int LEVELS = 4;

	static final int MAX_NAME = 80;

	static final int MAX_DESCRIPTION = 400;

	static final int MAX_INDICATOR = 300;

	private final CompetencyRepository competencies;

	Competencies(CompetencyRepository competencies) {
		this.competencies = competencies;
	}

	/**
	 * The framework, retired competencies too, in its order.
	 * @return the competencies
	 */
	public List<CompetencySummary> framework() {
		return this.competencies.findAllByOrderByPosition().stream().map(Competency::summary).toList();
	}

	/**
	 * One competency.
	 * @param key its key
	 * @return the competency
	 * @throws NotFoundException when there is none with that key
	 */
	public CompetencySummary competency(String key) {
		return find(key).summary();
	}

	/**
	 * Adds a competency at the end of the framework; its key is made from its name.
	 * @param draft the competency
	 * @return the competency
	 * @throws InvalidInputException naming {@code name}, {@code description} or
	 * {@code levels}
	 * @throws AlreadyExistsException naming {@code name} when a competency has its key
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public CompetencySummary add(CompetencyDraft draft) {
		CompetencyDraft checked = checked(draft);
		String key = keyOf(checked.name());
		if (this.competencies.findByKey(key).isPresent()) {
			throw new AlreadyExistsException("name", "development.competency.exists", checked.name());
		}
		try {
			return this.competencies.save(Competency.add(key, checked, this.competencies.lastPosition() + 1)).summary();
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("name", ex, "development.competency.exists", checked.name());
		}
	}

	/**
	 * Changes a competency's name, description, indicators and, when the draft says,
	 * whether it is offered. Its key stays.
	 * @param key the competency
	 * @param draft what it becomes
	 * @param over the version the change was made over, {@code null} to change whatever
	 * it is now
	 * @return the competency
	 * @throws StaleVersionException when it has changed since {@code over}
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public CompetencySummary change(String key, CompetencyDraft draft, Long over) {
		CompetencyDraft checked = checked(draft);
		Competency competency = find(key);
		StaleVersionException.check("Competency", key, over, competency.getVersion());
		return competency.change(checked) ? this.competencies.save(competency).summary() : competency.summary();
	}

	/**
	 * Retires a competency, or offers it again: a retired competency is not offered for
	 * new 360s, plans or trainings and stays on those that name it.
	 * @param key the competency
	 * @param active whether it is offered
	 * @return the competency
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public CompetencySummary activate(String key, boolean active) {
		Competency competency = find(key);
		return competency.activate(active) ? this.competencies.save(competency).summary() : competency.summary();
	}

	/**
	 * Imports the framework from a CSV file with the columns of {@link #CSV_HEADERS}
	 * ({@code key} and {@code active} may be left out): a row whose key (or, without one,
	 * whose name's key) is in the framework changes that competency, any other is added
	 * at the end. Competencies the file leaves out stay as they are. A refused row
	 * refuses the file: nothing is stored.
	 * @param content the file, UTF-8; empty when none was chosen
	 * @return what the import did, or would have done, and the refused rows
	 * @throws InvalidInputException naming {@code file} when it is no CSV file or lacks a
	 * column
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public CompetencyImport importCsv(byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("file", "development.competencies.file");
		}
		CsvFile file = CsvFile.parse(CsvFile.decode(content));
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < file.headers().size(); i++) {
			columns.putIfAbsent(file.headers().get(i).toLowerCase(Locale.ROOT), i);
		}
		for (String header : CSV_HEADERS) {
			if (!header.equals("key") && !header.equals("active") && !columns.containsKey(header)) {
				throw new InvalidInputException("file", "development.competencies.column", header);
			}
		}
		Map<String, Competency> known = new HashMap<>();
		this.competencies.findAll().forEach((competency) -> known.put(competency.getKey(), competency));
		List<ImportRejection> rejected = new ArrayList<>();
		List<Competency> added = new ArrayList<>();
		List<Competency> changed = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int unchanged = 0;
		int position = this.competencies.lastPosition();
		for (CSVRecord record : file.records()) {
			int row = CsvFile.rowNumber(record);
			try {
				String typedKey = cell(record, columns, "key");
				String active = cell(record, columns, "active");
				CompetencyDraft draft = checked(
						new CompetencyDraft(cell(record, columns, "name"), cell(record, columns, "description"),
								List.of(cell(record, columns, "level_1"), cell(record, columns, "level_2"),
										cell(record, columns, "level_3"), cell(record, columns, "level_4")),
								active.isBlank() ? null : yes(active)));
				String key = typedKey.isBlank() ? keyOf(draft.name()) : typedKey.strip();
				if (!seen.add(key)) {
					throw new InvalidInputException("key", "development.competencies.twice", key);
				}
				Competency competency = known.get(key);
				if (competency == null) {
					if (!key.equals(Text.key(key))) {
						throw new InvalidInputException("key", "development.competencies.key", key);
					}
					added.add(Competency.add(key, draft, ++position));
				}
				else if (competency.change(draft)) {
					changed.add(competency);
				}
				else {
					unchanged++;
				}
			}
			catch (InvalidInputException ex) {
				rejected.add(ImportRejection.of(row, "development.competencies.rejected", ex));
			}
		}
		if (rejected.isEmpty()) {
			this.competencies.saveAll(changed);
			this.competencies.saveAll(added);
		}
		return new CompetencyImport(added.size(), changed.size(), unchanged, List.copyOf(rejected));
	}

	private Competency find(String key) {
		return this.competencies.findByKey(key).orElseThrow(() -> new NotFoundException("Competency", key));
	}

	/**
	 * The draft with its text as stored, or the first rule it breaks. The one place the
	 * framework's rules live, for the page, the API and imports alike.
	 */
	static CompetencyDraft checked(CompetencyDraft draft) {
		String name = cleaned(draft.name(), MAX_NAME);
		if (name == null) {
			throw new InvalidInputException("name", "development.competency.name", MAX_NAME);
		}
		String description = cleaned(draft.description(), MAX_DESCRIPTION);
		if (description == null) {
			throw new InvalidInputException("description", "development.competency.description", MAX_DESCRIPTION);
		}
		List<String> levels = (draft.levels() != null) ? draft.levels() : List.of();
		if (levels.size() != LEVELS) {
			throw new InvalidInputException("levels", "development.competency.levels", LEVELS);
		}
		List<String> indicators = new ArrayList<>();
		for (int i = 0; i < LEVELS; i++) {
			String indicator = cleaned(levels.get(i), MAX_INDICATOR);
			if (indicator == null) {
				throw new InvalidInputException("levels[" + i + "]", "development.competency.indicator", i + 1,
						MAX_INDICATOR);
			}
			indicators.add(indicator);
		}
		return new CompetencyDraft(name, description, List.copyOf(indicators), draft.active());
	}

	/**
	 * The text as stored, or {@code null} when it is blank, too long or holds control
	 * characters.
	 */
	private static String cleaned(String typed, int most) {
		String cleaned = (typed != null) ? Text.nfc(typed.strip()) : "";
		return (cleaned.isEmpty() || cleaned.length() > most || Text.hasControl(cleaned, false)) ? null : cleaned;
	}

	private static String keyOf(String name) {
		String key = Text.key(name);
		if (key.isEmpty()) {
			throw new InvalidInputException("name", "development.competency.name", MAX_NAME);
		}
		return key;
	}

	private static String cell(CSVRecord record, Map<String, Integer> columns, String header) {
		Integer column = columns.get(header);
		return (column != null && column < record.size()) ? record.get(column) : "";
	}

	private static boolean yes(String typed) {
		return switch (typed.strip().toLowerCase(Locale.ROOT)) {
			case "yes", "true", "1", "y" -> true;
			case "no", "false", "0", "n" -> false;
			default -> throw new InvalidInputException("active", "development.competencies.active", typed.strip());
		};
	}

}
