package org.rapport.servicemetrics;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.rapport.shared.CsvFile;
import org.rapport.shared.ImportRejection;
import org.rapport.shared.InvalidInputException;

/**
 * Reads an incident export as a stream, a CSV file or a zip holding one, and turns its
 * rows into incidents in their final state. The rows of an incident follow each other, as
 * ITSM tools export them; the file is never held in memory whole. Rows that cannot be
 * read are left out and listed with their row number and why.
 */
final class IncidentReader {

	/** How many incidents go to the store at once. */
	static final int BATCH = 500;

	/** How often, in rows, progress is reported. */
	static final int PROGRESS_EVERY = 5_000;

	/** The longest text an incident keeps in a column. */
	static final int MAX_TEXT = 200;

	/** Receives the incidents read, a batch at a time. */
	interface Sink {

		void accept(List<Incident> incidents);

	}

	/** Receives how far the reading has come. */
	interface Progress {

		void at(long rows, long bytes);

	}

	/**
	 * What a file held.
	 *
	 * @param rows the data rows read
	 * @param incidents the incidents they made
	 * @param rejected the rows left out
	 */
	record Outcome(long rows, long incidents, List<ImportRejection> rejected) {
	}

	private final IncidentMapping mapping;

	private final DateTimeFormatter times;

	private final List<ImportRejection> rejected = new ArrayList<>();

	private final List<Incident> batch = new ArrayList<>(BATCH);

	private Aggregate current;

	private long incidents;

	IncidentReader(IncidentMapping mapping) {
		this.mapping = mapping;
		this.times = mapping.dateFormat().equals(IncidentMapping.ISO) ? null
				: DateTimeFormatter.ofPattern(mapping.dateFormat(), Locale.ROOT);
	}

	/**
	 * Reads a whole file.
	 * @param content the file, a CSV file or a zip holding one
	 * @param sink receives the incidents
	 * @param progress receives how far the reading has come
	 * @return what the file held
	 * @throws InvalidInputException naming {@code file} when it is not UTF-8 CSV, or
	 * {@code mapping} when a mapped column is not in its header row
	 */
	Outcome read(InputStream content, Sink sink, Progress progress) {
		Counting counted = new Counting(content);
		try (CSVParser parser = parser(counted)) {
			List<String> headers = parser.getHeaderNames().stream().map(String::strip).toList();
			this.mapping.check(headers);
			long rows = 0;
			for (CSVRecord record : parser) {
				rows++;
				row(record, sink);
				if (rows % PROGRESS_EVERY == 0) {
					progress.at(rows, counted.count);
				}
			}
			finish(sink);
			if (!this.batch.isEmpty()) {
				sink.accept(List.copyOf(this.batch));
				this.batch.clear();
			}
			progress.at(rows, counted.count);
			return new Outcome(rows, this.incidents, List.copyOf(this.rejected));
		}
		catch (UncheckedIOException ex) {
			throw unreadable(ex.getCause());
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
		catch (IllegalStateException ex) {
			throw new InvalidInputException("file", "csv.unreadable", ex.getMessage());
		}
	}

	/**
	 * The header row of a file, to check a mapping against before the file is kept.
	 * @param content the file, a CSV file or a zip holding one
	 * @return its headers
	 * @throws InvalidInputException naming {@code file} when it is not UTF-8 CSV
	 */
	static List<String> headers(InputStream content) {
		try (CSVParser parser = parser(content)) {
			return parser.getHeaderNames().stream().map(String::strip).toList();
		}
		catch (UncheckedIOException ex) {
			throw unreadable(ex.getCause());
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
		catch (IllegalStateException ex) {
			throw new InvalidInputException("file", "csv.unreadable", ex.getMessage());
		}
	}

	static InvalidInputException unreadable(IOException ex) {
		if (ex instanceof CharacterCodingException) {
			return new InvalidInputException("file", "csv.not-utf-8");
		}
		return new InvalidInputException("file", "csv.unreadable", ex.getMessage());
	}

	static CSVParser parser(InputStream raw) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
		in.mark(4);
		byte[] magic = in.readNBytes(4);
		in.reset();
		InputStream csv = in;
		if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
			ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
			ZipEntry entry = zip.getNextEntry();
			while (entry != null && (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")
					|| !entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv"))) {
				entry = zip.getNextEntry();
			}
			if (entry == null) {
				throw new InvalidInputException("file", "servicemetrics.file.no-csv-in-zip");
			}
			csv = zip;
		}
		BufferedReader reader = new BufferedReader(new InputStreamReader(csv,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)),
				64 * 1024);
		reader.mark(64 * 1024);
		String header = reader.readLine();
		if (header == null || header.isBlank()) {
			throw new InvalidInputException("file", "directory.file-empty-needs-header");
		}
		reader.reset();
		if (header.startsWith("\uFEFF")) {
			reader.skip(1);
		}
		long commas = header.chars().filter((c) -> c == ',').count();
		long semicolons = header.chars().filter((c) -> c == ';').count();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter((semicolons > commas) ? ';' : ',')
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
			.setTrim(true)
			.get();
		return CSVParser.parse(reader, format);
	}

	private void row(CSVRecord record, Sink sink) {
		int row = CsvFile.rowNumber(record);
		Map<IncidentField, String> values = new EnumMap<>(IncidentField.class);
		this.mapping.columns().forEach((field, column) -> {
			String value = record.isSet(column) ? record.get(column) : "";
			if (!value.isEmpty() && !value.equals(this.mapping.missing())) {
				values.put(field, value);
			}
		});
		Row parsed;
		try {
			parsed = parse(values);
		}
		catch (Rejected ex) {
			this.rejected.add(ImportRejection.of(row, ex.code, ex.arguments));
			return;
		}
		if (this.current != null && !this.current.number.equals(parsed.number)) {
			finish(sink);
		}
		if (this.current == null) {
			this.current = new Aggregate(parsed.number);
		}
		this.current.add(parsed, this.mapping);
	}

	private void finish(Sink sink) {
		if (this.current == null) {
			return;
		}
		this.batch.add(this.current.incident(this.mapping));
		this.incidents++;
		this.current = null;
		if (this.batch.size() == BATCH) {
			sink.accept(List.copyOf(this.batch));
			this.batch.clear();
		}
	}

	private Row parse(Map<IncidentField, String> values) {
		String number = values.get(IncidentField.NUMBER);
		if (number == null) {
			throw new Rejected("servicemetrics.row.no-number", column(IncidentField.NUMBER));
		}
		for (Map.Entry<IncidentField, String> value : values.entrySet()) {
			if (value.getValue().length() > MAX_TEXT) {
				throw new Rejected("servicemetrics.row.too-long", column(value.getKey()), MAX_TEXT);
			}
		}
		String state = values.get(IncidentField.STATE);
		if (state != null && state.chars().noneMatch(Character::isLetter)) {
			throw new Rejected("servicemetrics.row.not-a-state", column(IncidentField.STATE), state);
		}
		LocalDateTime openedAt = time(values, IncidentField.OPENED_AT);
		LocalDateTime eventAt = time(values, IncidentField.EVENT_AT);
		if (this.mapping.columns().containsKey(IncidentField.OPENED_AT) && openedAt == null) {
			throw new Rejected("servicemetrics.row.no-time", column(IncidentField.OPENED_AT));
		}
		if (this.mapping.columns().containsKey(IncidentField.EVENT_AT) && eventAt == null) {
			throw new Rejected("servicemetrics.row.no-time", column(IncidentField.EVENT_AT));
		}
		LocalDateTime resolvedAt = time(values, IncidentField.RESOLVED_AT);
		if (openedAt != null && resolvedAt != null && resolvedAt.isBefore(openedAt)) {
			throw new Rejected("servicemetrics.row.resolved-before-opened", column(IncidentField.RESOLVED_AT),
					column(IncidentField.OPENED_AT));
		}
		return new Row(number, count(values, IncidentField.REVISION), state, eventAt, openedAt, resolvedAt,
				time(values, IncidentField.CLOSED_AT), flag(values, IncidentField.MADE_SLA),
				count(values, IncidentField.REOPEN_COUNT), count(values, IncidentField.REASSIGNMENT_COUNT), values);
	}

	private String column(IncidentField field) {
		return this.mapping.columns().get(field);
	}

	private LocalDateTime time(Map<IncidentField, String> values, IncidentField field) {
		String value = values.get(field);
		if (value == null) {
			return null;
		}
		try {
			if (this.times != null) {
				return LocalDateTime.parse(value, this.times);
			}
			if (value.length() == 10) {
				return LocalDate.parse(value).atStartOfDay();
			}
			try {
				return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
			}
			catch (DateTimeParseException ex) {
				return LocalDateTime.parse(value);
			}
		}
		catch (DateTimeParseException ex) {
			throw new Rejected("servicemetrics.row.not-a-time", column(field), value);
		}
	}

	private Long count(Map<IncidentField, String> values, IncidentField field) {
		String value = values.get(field);
		if (value == null) {
			return null;
		}
		try {
			long count = Long.parseLong(value);
			if (count < 0) {
				throw new NumberFormatException();
			}
			return count;
		}
		catch (NumberFormatException ex) {
			throw new Rejected("servicemetrics.row.not-a-count", column(field), value);
		}
	}

	private Boolean flag(Map<IncidentField, String> values, IncidentField field) {
		String value = values.get(field);
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1" -> true;
			case "false", "no", "0" -> false;
			default -> throw new Rejected("servicemetrics.row.not-a-flag", column(field), value);
		};
	}

	/** A row read and checked. */
	private record Row(String number, Long revision, String state, LocalDateTime eventAt, LocalDateTime openedAt,
			LocalDateTime resolvedAt, LocalDateTime closedAt, Boolean madeSla, Long reopenCount, Long reassignmentCount,
			Map<IncidentField, String> values) {
	}

	/**
	 * The rows of one incident so far: its final row (the highest revision, or the last),
	 * and, for event logs, when it first happened, when it last became resolved, how
	 * often it was reopened and passed on.
	 */
	private static final class Aggregate {

		private final String number;

		private Row last;

		private long revision = -1;

		private long rows;

		private LocalDateTime firstEvent;

		private LocalDateTime resolvedSince;

		private boolean resolved;

		private int reopened;

		private int passedOn;

		Aggregate(String number) {
			this.number = number;
		}

		void add(Row row, IncidentMapping mapping) {
			this.rows++;
			long revision = (row.revision() != null) ? row.revision() : this.rows;
			if (revision >= this.revision) {
				if (this.last != null && !Objects.equals(this.last.values().get(IncidentField.ASSIGNMENT_GROUP),
						row.values().get(IncidentField.ASSIGNMENT_GROUP))) {
					this.passedOn++;
				}
				this.last = row;
				this.revision = revision;
			}
			if (row.eventAt() != null && (this.firstEvent == null || row.eventAt().isBefore(this.firstEvent))) {
				this.firstEvent = row.eventAt();
			}
			boolean resolvedNow = row.state() != null && mapping.resolvedStates().contains(row.state());
			if (resolvedNow && !this.resolved) {
				this.resolvedSince = (row.eventAt() != null) ? row.eventAt() : row.resolvedAt();
			}
			if (!resolvedNow && this.resolved) {
				this.reopened++;
			}
			this.resolved = resolvedNow;
		}

		Incident incident(IncidentMapping mapping) {
			Row row = this.last;
			Map<IncidentField, String> columns = mapping.columns();
			LocalDateTime openedAt = (row.openedAt() != null) ? row.openedAt() : this.firstEvent;
			LocalDateTime resolvedAt = columns.containsKey(IncidentField.RESOLVED_AT) ? row.resolvedAt()
					: (this.resolved ? this.resolvedSince : null);
			if (resolvedAt != null && resolvedAt.isBefore(openedAt)) {
				resolvedAt = openedAt;
			}
			int reopens = (row.reopenCount() != null) ? row.reopenCount().intValue() : this.reopened;
			int reassignments = (row.reassignmentCount() != null) ? row.reassignmentCount().intValue() : this.passedOn;
			Map<IncidentField, String> values = row.values();
			return new Incident(this.number, this.revision, row.state(), openedAt, resolvedAt, row.closedAt(),
					row.madeSla(), reopens, reassignments, values.get(IncidentField.PRIORITY),
					values.get(IncidentField.LOCATION), values.get(IncidentField.ASSIGNMENT_GROUP),
					values.get(IncidentField.CALLER), values.get(IncidentField.SERVICE),
					values.get(IncidentField.CATEGORY));
		}

	}

	/** Why a row is left out. */
	private static final class Rejected extends RuntimeException {

		private final String code;

		private final Object[] arguments;

		Rejected(String code, Object... arguments) {
			super(code, null, false, false);
			this.code = code;
			this.arguments = arguments;
		}

	}

	/** Counts the bytes read from the upload, for progress. */
	static final class Counting extends FilterInputStream {

		private long count;

		Counting(InputStream in) {
			super(in);
		}

		long count() {
			return this.count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

	}

}
