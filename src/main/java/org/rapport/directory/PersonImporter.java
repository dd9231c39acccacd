package org.rapport.directory;

import org.rapport.shared.CsvFile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Imports people and units from a parsed file: its rows are read and checked
 * ({@link ImportRows}, {@link RowValidation}), units found or created
 * ({@link UnitsUpsert}), people inserted or updated in batches ({@link PeopleUpsert}),
 * and managers resolved once every row is in ({@link ManagerResolution}); what happened
 * is collected on an {@link ImportReportBuilder}. Runs inside the caller's transaction,
 * so a failure leaves nothing behind.
 */
@Component
class PersonImporter {

	private static final Logger logger = LoggerFactory.getLogger(PersonImporter.class);

	private final UnitsUpsert units;

	private final PeopleUpsert people;

	private final ManagerResolution managers;

	PersonImporter(UnitsUpsert units, PeopleUpsert people, ManagerResolution managers) {
		this.units = units;
		this.people = people;
		this.managers = managers;
	}

	ImportReportBuilder run(CsvFile file, Map<ImportField, String> mapping, Set<String> itUnits, IntConsumer progress) {
		long started = System.nanoTime();
		ImportReportBuilder report = new ImportReportBuilder();
		ImportColumns columns = new ImportColumns(file.headers(), mapping);
		List<ImportRow> rows = ImportRows.read(file, columns, report);
		progress.accept(rows.size() / 4);
		long read = System.nanoTime();
		Map<String, UnitsUpsert.UnitRef> unitIds = this.units.upsert(rows, itUnits, report);
		long units = System.nanoTime();
		Map<ImportRow, Long> ids = this.people.upsert(rows, columns, unitIds, report,
				(done) -> progress.accept(rows.size() / 4 + done / 2));
		long people = System.nanoTime();
		this.managers.resolve(ids, columns, report);
		report.count(ids.values());
		progress.accept(file.records().size());
		logger.debug("Imported {} rows: read {} ms, units {} ms, people {} ms, managers {} ms", rows.size(),
				(read - started) / 1_000_000, (units - read) / 1_000_000, (people - units) / 1_000_000,
				(System.nanoTime() - people) / 1_000_000);
		return report;
	}

}
