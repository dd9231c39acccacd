package org.rapport.directory;

import org.rapport.shared.ImportRejection;
import org.rapport.shared.CsvFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.rapport.shared.Actor;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.MessageArguments;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.ImportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV import of people and units. A file is uploaded, its columns mapped to directory
 * fields (the mapping is saved for the next file with the same headers), then imported in
 * one transaction: good rows are stored, bad rows are listed with their row number and
 * reason, and a file that cannot be read changes nothing.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class DirectoryImports {

	private static final Logger logger = LoggerFactory.getLogger(DirectoryImports.class);

	private static final int SAMPLE_ROWS = 5;

	private final JdbcClient jdbc;

	private final PersonImporter importer;

	private final TransactionTemplate transaction;

	private final TransactionTemplate separateTransaction;

	private final TaskExecutor executor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	DirectoryImports(JdbcClient jdbc, PersonImporter importer, PlatformTransactionManager transactionManager,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, ApplicationEventPublisher events, Clock clock,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.importer = importer;
		this.transaction = new TransactionTemplate(transactionManager);
		this.separateTransaction = new TransactionTemplate(transactionManager);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.executor = executor;
		this.events = events;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * Reads an uploaded file and keeps it for mapping. A file that is empty, not UTF-8 or
	 * not CSV is refused here, before anything is stored.
	 * @param fileName the file's name
	 * @param content the file's bytes
	 * @return the file's columns with a suggested or saved mapping
	 */
	public ImportPreview upload(String fileName, byte[] content) {
		String text = CsvFile.decode(content);
		CsvFile file = CsvFile.parse(text);
		KeyHolder key = new GeneratedKeyHolder();
		this.transaction.executeWithoutResult((status) -> this.jdbc.sql("""
				insert into directory_import_run (file_name, content, status, started_by, created_at, total_rows,
				  processed_rows, created_count, updated_count, unchanged_count, rejected_count)
				values (:fileName, :content, 'UPLOADED', :by, :at, :rows, 0, 0, 0, 0, 0)
				""")
			.param("fileName", cleanFileName(fileName))
			.param("content", text)
			.param("by", Actor.current())
			.param("at", LocalDateTime.now(this.clock))
			.param("rows", file.records().size())
			.update(key, "id"));
		long runId = key.getKey().longValue();
		return preview(runId, file);
	}

	/**
	 * The preview of a run still waiting for its mapping.
	 * @param runId the run
	 * @return the preview
	 */
	public ImportPreview preview(long runId) {
		return preview(runId, CsvFile.parse(content(runId)));
	}

	/**
	 * Starts importing an uploaded file in the background; {@link #report(long)} tells
	 * how far it has come.
	 * @param runId the run
	 * @param mapping which header each field reads from
	 * @param itUnits names of new units to create as IT groups
	 * @return the run's state
	 */
	public ImportReport start(long runId, Map<ImportField, String> mapping, Set<String> itUnits) {
		CsvFile file = CsvFile.parse(content(runId));
		checkMapping(file, mapping);
		int claimed = this.jdbc
			.sql("update directory_import_run set status = 'RUNNING' where id = :id and status = 'UPLOADED'")
			.param("id", runId)
			.update();
		if (claimed == 0) {
			throw new InvalidInputException(null, "directory.import-has-already-been");
		}
		this.executor.execute(new DelegatingSecurityContextRunnable(
				() -> execute(runId, file, mapping, itUnits, (processed) -> progress(runId, processed))));
		return report(runId);
	}

	/**
	 * Imports a file at once, for the API.
	 * @param fileName the file's name
	 * @param content the file's bytes
	 * @param mapping which header each field reads from; {@code null} or empty to use the
	 * saved or suggested mapping
	 * @param itUnits names of new units to create as IT groups
	 * @return the outcome
	 */
	public ImportReport importNow(String fileName, byte[] content, Map<ImportField, String> mapping,
			Set<String> itUnits) {
		ImportPreview preview = upload(fileName, content);
		Map<ImportField, String> effective = (mapping == null || mapping.isEmpty()) ? preview.mapping() : mapping;
		CsvFile file = CsvFile.parse(content(preview.runId()));
		try {
			checkMapping(file, effective);
		}
		catch (InvalidInputException ex) {
			fail(preview.runId(), ex.getCode(), List.of(ex.getArguments()));
			throw ex;
		}
		this.jdbc.sql("update directory_import_run set status = 'RUNNING' where id = :id")
			.param("id", preview.runId())
			.update();
		// The caller waits for the report, so no progress is written on the way: it would
		// take a second connection while the import's transaction holds the first.
		execute(preview.runId(), file, effective, (itUnits != null) ? itUnits : preview.itUnits(), (processed) -> {
		});
		return report(preview.runId());
	}

	/**
	 * The state and, once finished, the outcome of a run.
	 * @param runId the run
	 * @return the report
	 */
	public ImportReport report(long runId) {
		// Notes, rejections and failures are stored as message codes with arguments. The
		// API's text is rendered in the server's locale; pages render the code in the
		// reader's.
		List<ImportRejection> rejected = this.jdbc
			.sql("select row_no, code, arguments from directory_import_rejection where run_id = :id order by row_no")
			.param("id", runId)
			.query((rs, n) -> {
				List<Object> arguments = MessageArguments.decode(rs.getString(3));
				return new ImportRejection(rs.getInt(1), rs.getString(2), arguments,
						render(rs.getString(2), ImportRejection.messageArguments(rs.getInt(1), arguments)));
			})
			.list();
		List<ImportNote> notes = this.jdbc
			.sql("select topic, code, arguments from directory_import_note where run_id = :id order by seq")
			.param("id", runId)
			.query((rs, n) -> {
				List<Object> arguments = MessageArguments.decode(rs.getString(3));
				return new ImportNote(rs.getString(1), rs.getString(2), arguments,
						render(rs.getString(2), arguments.toArray()));
			})
			.list();
		return this.jdbc.sql("""
				select id, file_name, status, started_by, created_at, total_rows, processed_rows, created_count,
				       updated_count, unchanged_count, failure, failure_arguments
				from directory_import_run where id = :id
				""").param("id", runId).query((rs, n) -> {
			String failureCode = rs.getString("failure");
			List<Object> failureArguments = MessageArguments.decode(rs.getString("failure_arguments"));
			return new ImportReport(rs.getLong("id"), rs.getString("file_name"),
					ImportStatus.valueOf(rs.getString("status")), rs.getString("started_by"),
					rs.getTimestamp("created_at").toLocalDateTime(), rs.getInt("total_rows"),
					rs.getInt("processed_rows"), rs.getInt("created_count"), rs.getInt("updated_count"),
					rs.getInt("unchanged_count"), rejected, notes, failureCode, failureArguments,
					(failureCode != null) ? render(failureCode, failureArguments.toArray()) : null);
		}).optional().orElseThrow(() -> new NotFoundException("Import", runId));
	}

	private String render(String code, Object[] arguments) {
		return this.messages.getMessage(code, arguments, Locale.getDefault());
	}

	/**
	 * The most recent import runs, newest first.
	 * @return up to 20 runs
	 */
	public List<ImportRunSummary> recentRuns() {
		return this.jdbc.sql("""
				select id, file_name, status, started_by, created_at, created_count, updated_count, unchanged_count,
				       rejected_count
				from directory_import_run order by created_at desc, id desc limit 20
				""")
			.query((rs, n) -> new ImportRunSummary(rs.getLong("id"), rs.getString("file_name"),
					ImportStatus.valueOf(rs.getString("status")), rs.getString("started_by"),
					rs.getTimestamp("created_at").toLocalDateTime(), rs.getInt("created_count"),
					rs.getInt("updated_count"), rs.getInt("unchanged_count"), rs.getInt("rejected_count")))
			.list();
	}

	private void execute(long runId, CsvFile file, Map<ImportField, String> mapping, Set<String> itUnits,
			IntConsumer progress) {
		try {
			this.transaction.executeWithoutResult((status) -> {
				ImportReportBuilder outcome = this.importer.run(file, mapping, itUnits, progress);
				store(runId, outcome);
				saveMapping(file.headers(), mapping, itUnits);
				this.events
					.publishEvent(new PeopleImported(runId, file.records().size(), outcome.created(), outcome.updated(),
							outcome.unchanged(), outcome.rejected().size(), Actor.current(), this.clock.instant()));
			});
		}
		catch (RuntimeException ex) {
			logger.error("Import {} failed and was rolled back", runId, ex);
			// The cause (often SQL) goes to the log only; people read that nothing
			// changed.
			fail(runId, "directory.import.failed", List.of());
		}
	}

	private void progress(long runId, int processed) {
		this.separateTransaction.executeWithoutResult(
				(status) -> this.jdbc.sql("update directory_import_run set processed_rows = :processed where id = :id")
					.param("processed", processed)
					.param("id", runId)
					.update());
	}

	private void store(long runId, ImportReportBuilder outcome) {
		List<ImportRejection> rejected = outcome.rejected();
		for (ImportRejection rejection : rejected) {
			this.jdbc.sql("""
					insert into directory_import_rejection (run_id, row_no, code, arguments)
					values (:id, :row, :code, :arguments)
					""")
				.param("id", runId)
				.param("row", rejection.row())
				.param("code", rejection.code())
				.param("arguments", MessageArguments.encode(rejection.arguments()))
				.update();
		}
		int seq = 0;
		for (ImportNote note : outcome.notes()) {
			this.jdbc.sql("""
					insert into directory_import_note (run_id, seq, topic, code, arguments)
					values (:id, :seq, :topic, :code, :arguments)
					""")
				.param("id", runId)
				.param("seq", seq++)
				.param("topic", note.topic())
				.param("code", note.code())
				.param("arguments", MessageArguments.encode(note.arguments()))
				.update();
		}
		this.jdbc.sql("""
				update directory_import_run set status = 'DONE', finished_at = :at, processed_rows = total_rows,
				  created_count = :created, updated_count = :updated, unchanged_count = :unchanged,
				  rejected_count = :rejected
				where id = :id
				""")
			.param("at", LocalDateTime.now(this.clock))
			.param("created", outcome.created())
			.param("updated", outcome.updated())
			.param("unchanged", outcome.unchanged())
			.param("rejected", rejected.size())
			.param("id", runId)
			.update();
	}

	private void fail(long runId, String code, List<Object> arguments) {
		this.separateTransaction.executeWithoutResult((status) -> this.jdbc.sql("""
				update directory_import_run set status = 'FAILED', finished_at = :at, failure = :code,
				  failure_arguments = :arguments
				where id = :id
				""")
			.param("at", LocalDateTime.now(this.clock))
			.param("code", code)
			.param("arguments", MessageArguments.encode(arguments))
			.param("id", runId)
			.update());
	}

	private ImportPreview preview(long runId, CsvFile file) {
		Map<ImportField, String> mapping = savedMapping(file.headers());
		boolean saved = mapping != null;
		Set<String> itUnits = saved ? savedItUnits(file.headers()) : new LinkedHashSet<>();
		if (!saved) {
			mapping = suggestMapping(file.headers());
		}
		List<ImportPreview.UnitPreview> units = unitsOf(file, mapping.get(ImportField.UNIT));
		if (!saved) {
			units.stream()
				.filter((unit) -> unit.existingKind() == null && looksLikeIt(unit.name()))
				.forEach((unit) -> itUnits.add(unit.name()));
		}
		List<List<String>> sample = file.records()
			.stream()
			.limit(SAMPLE_ROWS)
			.map((record) -> record.stream().toList())
			.toList();
		String fileName = this.jdbc.sql("select file_name from directory_import_run where id = :id")
			.param("id", runId)
			.query(String.class)
			.single();
		return new ImportPreview(runId, fileName, file.headers(), mapping, saved, units, itUnits, file.records().size(),
				sample);
	}

	private List<ImportPreview.UnitPreview> unitsOf(CsvFile file, String unitHeader) {
		int at = (unitHeader != null) ? file.headers().indexOf(unitHeader) : -1;
		if (at < 0) {
			return new ArrayList<>();
		}
		Map<String, Integer> counts = new TreeMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (CSVRecord record : file.records()) {
			String name = (at < record.size()) ? Names.blankToNull(record.get(at)) : null;
			if (name != null) {
				counts.merge(Names.key(name), 1, Integer::sum);
				names.putIfAbsent(Names.key(name), name);
			}
		}
		List<ImportPreview.UnitPreview> units = new ArrayList<>();
		counts.forEach((key, count) -> {
			UnitKind kind = this.jdbc.sql("select kind from directory_org_unit where name_key = :key")
				.param("key", key)
				.query((rs, n) -> UnitKind.valueOf(rs.getString(1)))
				.optional()
				.orElse(null);
			units.add(new ImportPreview.UnitPreview(names.get(key), kind, count));
		});
		return units;
	}

	/**
	 * Proposes IT groups from unit names that say so; the administrator confirms or
	 * changes the choice before importing.
	 */
	static boolean looksLikeIt(String unit) {
		String lower = unit.toLowerCase();
		return lower.matches("(^|.*[^a-z])(it|is|ict|i\\.t\\.)([^a-z].*|$)") || lower.contains("information tech")
				|| lower.contains("software") || lower.contains("infrastructure") || lower.contains("service desk");
	}

	static Map<ImportField, String> suggestMapping(List<String> headers) {
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		for (ImportField field : ImportField.values()) {
			headers.stream()
				.filter(field::matches)
				.filter((header) -> !mapping.containsValue(header))
				.findFirst()
				.ifPresent((header) -> mapping.put(field, header));
		}
		return mapping;
	}

	private static void checkMapping(CsvFile file, Map<ImportField, String> mapping) {
		mapping.forEach((field, header) -> {
			if (!file.headers().contains(header)) {
				throw new InvalidInputException("mapping", "directory.import.mapping-no-column", header,
						field.name().toLowerCase().replace('_', ' '));
			}
		});
		if (!mapping.containsKey(ImportField.NAME)) {
			throw new InvalidInputException("mapping", "directory.import.mapping-needs-name",
					String.join(", ", file.headers()));
		}
		if (!mapping.containsKey(ImportField.EMPLOYEE_ID) && !mapping.containsKey(ImportField.EMAIL)) {
			throw new InvalidInputException("mapping", "directory.import.mapping-needs-key");
		}
	}

	private Map<ImportField, String> savedMapping(List<String> headers) {
		return this.jdbc.sql("select mapping from directory_import_mapping where header_key = :key")
			.param("key", headerKey(headers))
			.query(String.class)
			.optional()
			.map(DirectoryImports::parseMapping)
			.orElse(null);
	}

	private Set<String> savedItUnits(List<String> headers) {
		return this.jdbc.sql("select it_units from directory_import_mapping where header_key = :key")
			.param("key", headerKey(headers))
			.query(String.class)
			.optional()
			.map((text) -> Arrays.stream(text.split("\n"))
				.filter((name) -> !name.isBlank())
				.collect(Collectors.toCollection(LinkedHashSet::new)))
			.orElseGet(LinkedHashSet::new);
	}

	private void saveMapping(List<String> headers, Map<ImportField, String> mapping, Set<String> itUnits) {
		String key = headerKey(headers);
		String text = mapping.entrySet()
			.stream()
			.map((entry) -> entry.getKey().name() + "=" + entry.getValue())
			.collect(Collectors.joining("\n"));
		String units = truncate(String.join("\n", itUnits), 4000);
		int updated = this.jdbc
			.sql("update directory_import_mapping set mapping = :mapping, it_units = :units, updated_at = :at "
					+ "where header_key = :key")
			.param("mapping", text)
			.param("units", units)
			.param("at", LocalDateTime.now(this.clock))
			.param("key", key)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into directory_import_mapping (header_key, headers, mapping, it_units, updated_at)
					values (:key, :headers, :mapping, :units, :at)
					""")
				.param("key", key)
				.param("headers", truncate(String.join(",", headers), 4000))
				.param("mapping", text)
				.param("units", units)
				.param("at", LocalDateTime.now(this.clock))
				.update();
		}
	}

	private static Map<ImportField, String> parseMapping(String text) {
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		for (String line : text.split("\n")) {
			int at = line.indexOf('=');
			if (at > 0) {
				mapping.put(ImportField.valueOf(line.substring(0, at)), line.substring(at + 1));
			}
		}
		return mapping;
	}

	private String content(long runId) {
		return this.jdbc.sql("select content from directory_import_run where id = :id")
			.param("id", runId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Import", runId));
	}

	static String headerKey(List<String> headers) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.join("\u0000", headers).toLowerCase().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String cleanFileName(String fileName) {
		String name = (fileName == null || fileName.isBlank()) ? "upload.csv" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return truncate(name, 300);
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
