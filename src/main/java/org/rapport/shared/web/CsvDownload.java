package org.rapport.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A CSV file written to the response as it is read, a page of rows at a time, for
 * spreadsheets: UTF-8 with a byte order mark, so that spreadsheet programs read names
 * right, and every cell that a spreadsheet would take for a formula (one that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) starts with an
 * apostrophe, so that a name such as {@code =HYPERLINK(...)} from the directory stays
 * text.
 */
public final class CsvDownload {

	private final CSVPrinter printer;

	private CsvDownload(CSVPrinter printer) {
		this.printer = printer;
	}

	/**
	 * Starts a download.
	 * @param response the response to write to
	 * @param name the file's name without the day and extension, such as
	 * {@code portfolio}
	 * @param today the day the file is named for
	 * @param headers the column headers
	 * @return the download, to add rows to
	 * @throws IOException when the response cannot be written
	 */
	public static CsvDownload start(HttpServletResponse response, String name, LocalDate today, List<String> headers)
			throws IOException {
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name + "-" + today + ".csv").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Writer writer = response.getWriter();
		writer.write('\uFEFF');
		CsvDownload download = new CsvDownload(new CSVPrinter(writer, CSVFormat.DEFAULT));
		download.row(headers.toArray());
		return download;
	}

	/**
	 * Writes one row; {@code null} is an empty cell.
	 * @param cells the cells
	 * @throws IOException when the response cannot be written
	 */
	public void row(Object... cells) throws IOException {
		List<String> values = new ArrayList<>(cells.length);
		for (Object cell : cells) {
			values.add(cell(cell));
		}
		this.printer.printRecord(values);
	}

	/**
	 * Sends what is written so far, after each page of rows.
	 * @throws IOException when the response cannot be written
	 */
	public void flush() throws IOException {
		this.printer.flush();
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		// Numbers and days are not formulas, whatever their sign.
		if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
