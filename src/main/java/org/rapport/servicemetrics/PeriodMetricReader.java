package org.rapport.servicemetrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rapport.shared.CsvFile;
import org.rapport.shared.ImportRejection;
import org.rapport.shared.InvalidInputException;

/**
 * Reads a generic metric CSV as a stream, a CSV file or a zip holding one: a row per
 * service, business unit and period. Rows that cannot be read are left out and listed
 * with their row number and why; the others go to the store a batch at a time.
 */
final class PeriodMetricReader {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern DAYS = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*\\.\\.\\s*(\\d{4}-\\d{2}-\\d{2})");

	private final MetricMapping mapping;

	private final List<ImportRejection> rejected = new ArrayList<>();

	private final List<PeriodMetric> batch = new ArrayList<>(IncidentReader.BATCH);

	private long metrics;

	PeriodMetricReader(MetricMapping mapping) {
		this.mapping = mapping;
	}

	/**
	 * Reads a whole file.
	 * @param content the file, a CSV file or a zip holding one
	 * @param sink receives the metrics
	 * @param progress receives how far the reading has come
	 * @return what the file held
	 * @throws InvalidInputException naming {@code file} when it is not UTF-8 CSV, or
	 * {@code mapping} when a mapped column is not in its header row
	 */
	IncidentReader.Outcome read(InputStream content, Consumer<List<PeriodMetric>> sink,
			IncidentReader.Progress progress) {
		IncidentReader.Counting counted = new IncidentReader.Counting(content);
		try (CSVParser parser = IncidentReader.parser(counted)) {
			List<String> headers = parser.getHeaderNames().stream().map(String::strip).toList();
			this.mapping.fit(headers, this.mapping.pairs().keySet());
			long rows = 0;
			for (CSVRecord record : parser) {
				rows++;
				row(record, sink);
				if (rows % IncidentReader.PROGRESS_EVERY == 0) {
					progress.at(rows, counted.count());
				}
			}
			if (!this.batch.isEmpty()) {
				sink.accept(List.copyOf(this.batch));
				this.batch.clear();
			}
			progress.at(rows, counted.count());
			return new IncidentReader.Outcome(rows, this.metrics, List.copyOf(this.rejected));
		}
		catch (UncheckedIOException ex) {
			throw IncidentReader.unreadable(ex.getCause());
		}
		catch (IOException ex) {
			throw IncidentReader.unreadable(ex);
		}
		catch (IllegalStateException ex) {
			throw new InvalidInputException("file", "csv.unreadable", ex.getMessage());
		}
	}

	private void row(CSVRecord record, Consumer<List<PeriodMetric>> sink) {
		int row = CsvFile.rowNumber(record);
		PeriodMetric metric;
		try {
			LocalDate[] period = period(value(record, MetricField.PERIOD));
			metric = PeriodMetric.of(row, this::column, value(record, MetricField.SERVICE),
					value(record, MetricField.BUSINESS_UNIT), null, (period != null) ? period[0] : null,
					(period != null) ? period[1] : null,
					percent(value(record, MetricField.AVAILABILITY), "availability"),
					count(value(record, MetricField.INCIDENTS)), percent(value(record, MetricField.SLA_MET), "slaMet"));
		}
		catch (InvalidInputException ex) {
			// The row comes first among the arguments; the rejection adds it itself.
			Object[] arguments = ex.getArguments();
			this.rejected.add(ImportRejection.of(row, ex.getCode(),
					java.util.Arrays.copyOfRange(arguments, 1, arguments.length)));
			return;
		}
		this.batch.add(metric);
		this.metrics++;
		if (this.batch.size() == IncidentReader.BATCH) {
			sink.accept(List.copyOf(this.batch));
			this.batch.clear();
		}
	}

	/** The column a value is read from, as a refusal names it. */
	private String column(String key) {
		MetricField field = switch (key) {
			case "periodStart", "periodEnd" -> MetricField.PERIOD;
			case "businessUnitId" -> MetricField.BUSINESS_UNIT;
			default -> MetricField.ofKey(key).orElseThrow();
		};
		return this.mapping.columns().getOrDefault(field, field.key());
	}

	private String value(CSVRecord record, MetricField field) {
		String column = this.mapping.columns().get(field);
		if (column == null || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column);
		return value.isEmpty() ? null : value;
	}

	/**
	 * A month, a quarter or a range of days.
	 * @return the first and last day, {@code null} for no value
	 */
	private LocalDate[] period(String value) {
		if (value == null) {
			return null;
		}
		try {
			Matcher quarter = QUARTER.matcher(value);
			if (quarter.matches()) {
				YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)),
						(Integer.parseInt(quarter.group(2)) - 1) * 3 + 1);
				return new LocalDate[] { first.atDay(1), first.plusMonths(2).atEndOfMonth() };
			}
			Matcher days = DAYS.matcher(value);
			if (days.matches()) {
				return new LocalDate[] { LocalDate.parse(days.group(1)), LocalDate.parse(days.group(2)) };
			}
			YearMonth month = YearMonth.parse(value);
			return new LocalDate[] { month.atDay(1), month.atEndOfMonth() };
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(column("period"), "servicemetrics.metric.not-a-period", 0, column("period"),
					value);
		}
	}

	private BigDecimal percent(String value, String key) {
		if (value == null) {
			return null;
		}
		String number = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
		try {
			return new BigDecimal(number);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(column(key), "servicemetrics.metric.not-a-percent", 0, column(key), value);
		}
	}

	private Long count(String value) {
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(column("incidents"), "servicemetrics.metric.not-a-count", 0,
					column("incidents"), value);
		}
	}

}
