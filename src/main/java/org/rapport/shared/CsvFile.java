package org.rapport.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV file as the import reads it: strict UTF-8, a header row, comma or semicolon
 * separated.
 *
 * @param headers the column headers, trimmed
 * @param records the data rows
 */
public record CsvFile(List<String> headers, List<CSVRecord> records) {

	public static final int MAX_ROWS = 200_000;

	/**
	 * Decodes uploaded bytes as UTF-8, refusing anything else so that names never arrive
	 * garbled.
	 */
	public static String decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			if (text.indexOf('\u0000') >= 0) {
				// A text file holds no NUL (databases cannot store it); it is UTF-16 or
				// binary.
				throw new InvalidInputException("file", "directory.file-holds-nul");
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (MalformedInputException ex) {
			throw new InvalidInputException("file", "csv.not-utf-8");
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInputException("file", "directory.file-not-utf-8");
		}
	}

	public static CsvFile parse(String text) {
		if (text.isBlank()) {
			throw new InvalidInputException("file", "directory.file-empty-needs-header");
		}
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiterOf(text))
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> headers = parser.getHeaderNames().stream().map(String::strip).toList();
			Set<String> seen = new HashSet<>();
			for (String header : headers) {
				if (!header.isEmpty() && !seen.add(header.toLowerCase())) {
					throw new InvalidInputException("file", "csv.header-twice", header);
				}
			}
			List<CSVRecord> records = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (records.size() == MAX_ROWS) {
					throw new InvalidInputException("file", "csv.too-many-rows", MAX_ROWS);
				}
				records.add(record);
			}
			if (records.isEmpty()) {
				throw new InvalidInputException("file", "directory.file-has-header-row");
			}
			return new CsvFile(headers, records);
		}
		catch (UncheckedIOException | IOException | IllegalStateException ex) {
			throw new InvalidInputException("file", "csv.unreadable", ex.getMessage());
		}
	}

	/**
	 * Spreadsheets in many locales save CSV with semicolons; the header row tells which.
	 */
	private static char delimiterOf(String text) {
		int end = text.indexOf('\n');
		String header = (end < 0) ? text : text.substring(0, end);
		long commas = header.chars().filter((c) -> c == ',').count();
		long semicolons = header.chars().filter((c) -> c == ';').count();
		return (semicolons > commas) ? ';' : ',';
	}

	/**
	 * The row number people see in a spreadsheet for a record, the header being row 1.
	 */
	public static int rowNumber(CSVRecord record) {
		return (int) record.getRecordNumber() + 1;
	}

}
