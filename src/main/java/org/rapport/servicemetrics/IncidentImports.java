package org.rapport.servicemetrics;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitSummary;
import org.rapport.directory.UnitKind;
import org.rapport.shared.Actor;
import org.rapport.shared.ImportRejection;
import org.rapport.shared.ImportStatus;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.MessageArguments;
import org.rapport.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * Imports incident exports and generic metric CSVs, and receives the figures monitoring
 * tools send. A file is uploaded with its format and, where its columns differ from the
 * format's, a mapping; the run then reads it in the background and tells how far it has
 * come, or, for the API, at once. Each run is one transaction: it changes everything it
 * reports or, when it fails, nothing. Runs take turns.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class IncidentImports {

	/** How many rejected rows a report lists; the count covers them all. */
	public static final int REJECTIONS_SHOWN = 200;

	private static final Logger logger = LoggerFactory.getLogger(IncidentImports.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final IncidentStore store;

	private final PeriodMetricStore metricStore;

	private final DirectoryManagement directory;

	private final TransactionTemplate transaction;

	private final TransactionTemplate separateTransaction;

	private final TaskExecutor executor;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final MessageSource messages;

	IncidentImports(JdbcClient jdbc, JdbcTemplate batch, IncidentStore store, PeriodMetricStore metricStore,
			DirectoryManagement directory, PlatformTransactionManager transactionManager,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, ApplicationEventPublisher events,
			JsonMapper json, Clock clock, MessageSource messages) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.store = store;
		this.metricStore = metricStore;
		this.directory = directory;
		this.transaction = new TransactionTemplate(transactionManager);
		this.separateTransaction = new TransactionTemplate(transactionManager);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.executor = executor;
		this.events = events;
		this.json = json;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * The mapping the next import of a format starts from: the one last used, else the
	 * format's own.
	 * @param format the format
	 * @return field keys and settings to values
	 */
	public Map<String, String> mapping(IncidentFormat format) {
		return this.jdbc.sql("select mapping from servicemetrics_mapping where format = :format")
			.param("format", format.key())
			.query(String.class)
			.optional()
			.map((saved) -> this.json.readValue(saved, new TypeReference<Map<String, String>>() {
			}))
			.map((saved) -> (Map<String, String>) new LinkedHashMap<>(saved))
			.orElseGet(() -> new LinkedHashMap<>(format.defaults()));
	}

	/**
	 * Keeps an uploaded file for its run, after checking that it is a CSV file (or a zip
	 * holding one) with every mapped column. Nothing is stored when it is not.
	 * @param format the export's format
	 * @param fileName the file's name
	 * @param content the file
	 * @param changes columns that differ from the format's saved mapping, may be empty
	 * @return the run, waiting to start
	 * @throws InvalidInputException naming {@code file} or {@code mapping}
	 */
	public ImportRun upload(IncidentFormat format, String fileName, byte[] content, Map<String, String> changes) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("file", "servicemetrics.file.empty");
		}
		List<String> headers = IncidentReader.headers(new ByteArrayInputStream(content));
		Map<String, String> saved;
		Map<String, String> fitted;
		if (format.readsIncidents()) {
			IncidentMapping mapping = IncidentMapping.of(mapping(format), changes);
			saved = mapping.pairs();
			fitted = mapping.fit(headers, changes.keySet()).pairs();
		}
		else {
			MetricMapping mapping = MetricMapping.of(mapping(format), changes);
			saved = mapping.pairs();
			fitted = mapping.fit(headers, changes.keySet()).pairs();
		}
		KeyHolder key = new GeneratedKeyHolder();
		this.transaction.executeWithoutResult((status) -> this.jdbc.sql("""
				insert into servicemetrics_import (format, file_name, content, content_bytes, mapping, saved_mapping,
				  status, started_by, created_at)
				values (:format, :fileName, :content, :bytes, :mapping, :saved, 'UPLOADED', :by, :at)
				""")
			.param("format", format.key())
			.param("fileName", cleanFileName(fileName))
			.param("content", content)
			.param("bytes", content.length)
			.param("mapping", this.json.writeValueAsString(fitted))
			.param("saved", this.json.writeValueAsString(saved))
			.param("by", Actor.current())
			.param("at", LocalDateTime.now(this.clock))
			.update(key, "id"));
		return run(key.getKey().longValue());
	}

	/**
	 * Starts an uploaded run in the background; {@link #run(long)} tells how far it has
	 * come.
	 * @param id the run
	 * @return the run
	 * @throws InvalidInputException when the run has started already
	 */
	public ImportRun start(long id) {
		claim(id);
		this.executor.execute(new DelegatingSecurityContextRunnable(() -> execute(id, true)));
		return run(id);
	}

	/**
	 * Imports a file at once, for the API.
	 * @param format the export's format
	 * @param fileName the file's name
	 * @param content the file
	 * @param changes columns that differ from the format's saved mapping, may be empty
	 * @return the finished run
	 * @throws InvalidInputException naming {@code file} or {@code mapping} when the file
	 * cannot be imported; nothing is changed then, and the run is kept as failed
	 */
	public ImportRun importNow(IncidentFormat format, String fileName, byte[] content, Map<String, String> changes) {
		ImportRun uploaded = upload(format, fileName, content, changes);
		claim(uploaded.id());
		// The caller waits for the outcome: no progress is written on the way, which
		// would take a second connection while the import's transaction holds the first.
		execute(uploaded.id(), false);
		return run(uploaded.id());
	}

	/**
	 * Keeps a service's figures for a business unit over a period, as a monitoring tool
	 * sends them. Sending the same service, unit and period again replaces its figures,
	 * or changes nothing when they are the same.
	 * @param metric the figures, checked by {@link PeriodMetric#of}
	 * @return the figures as kept, and whether they were created, updated or unchanged
	 * @throws InvalidInputException naming {@code businessUnitId} when it is not a
	 * business unit's
	 */
	public PeriodMetricSummary receive(PeriodMetric metric) {
		PeriodMetric named = metric;
		if (metric.businessUnitId() != null) {
			OrgUnitSummary unit;
			try {
				unit = this.directory.unit(metric.businessUnitId());
			}
			catch (NotFoundException ex) {
				throw new InvalidInputException("businessUnitId", "servicemetrics.metric.unit-unknown", 0,
						"businessUnitId", metric.businessUnitId());
			}
			if (unit.kind() != UnitKind.BUSINESS_UNIT) {
				throw new InvalidInputException("businessUnitId", "servicemetrics.metric.not-business-unit", 0,
						"businessUnitId", unit.name());
			}
			named = metric.forUnit(unit.id(), unit.name());
		}
		PeriodMetric written = named;
		return this.transaction.execute((status) -> {
			this.metricStore.lock();
			IncidentStore.Counts counts = this.metricStore.write("intake", null, List.of(written));
			PeriodMetricSummary.Change change = (counts.created() > 0) ? PeriodMetricSummary.Change.CREATED
					: (counts.updated() > 0) ? PeriodMetricSummary.Change.UPDATED
							: PeriodMetricSummary.Change.UNCHANGED;
			return this.metricStore.find(written, change);
		});
	}

	/**
	 * A run as it stands.
	 * @param id the run
	 * @return the run
	 * @throws NotFoundException when there is no such run
	 */
	public ImportRun run(long id) {
		List<ImportRejection> rejected = this.jdbc.sql("""
				select row_no, code, arguments from servicemetrics_import_rejection where import_id = :id
				order by row_no limit :limit
				""").param("id", id).param("limit", REJECTIONS_SHOWN).query((rs, n) -> {
			List<Object> arguments = MessageArguments.decode(rs.getString(3));
			int row = (int) rs.getLong(1);
			return new ImportRejection(row, rs.getString(2), arguments,
					render(rs.getString(2), ImportRejection.messageArguments(row, arguments)));
		}).list();
		return this.jdbc.sql("""
				select id, format, file_name, status, started_by, created_at, finished_at, rows_read, bytes_read,
				       content_bytes, created_count, updated_count, unchanged_count, rejected_count, failure,
				       failure_arguments
				from servicemetrics_import where id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new ImportRun(rs.getLong("id"), IncidentFormat.of(rs.getString("format")),
					rs.getString("file_name"), ImportStatus.valueOf(rs.getString("status")), rs.getString("started_by"),
					rs.getTimestamp("created_at").toLocalDateTime(),
					(rs.getTimestamp("finished_at") != null) ? rs.getTimestamp("finished_at").toLocalDateTime() : null,
					rs.getLong("rows_read"), rs.getLong("bytes_read"), rs.getLong("content_bytes"),
					rs.getInt("created_count"), rs.getInt("updated_count"), rs.getInt("unchanged_count"),
					rs.getInt("rejected_count"), (rs.getInt("rejected_count") > 0) ? rejected : List.of(),
					rs.getString("failure"), MessageArguments.decode(rs.getString("failure_arguments"))))
			.optional()
			.orElseThrow(() -> new NotFoundException("Import", id));
	}

	/**
	 * The most recent runs, newest first.
	 * @return up to 20 runs, without their rejected rows
	 */
	public List<ImportRun> recentRuns() {
		return this.jdbc.sql("select id from servicemetrics_import order by created_at desc, id desc limit 20")
			.query(Long.class)
			.list()
			.stream()
			.map(this::run)
			.toList();
	}

	private void claim(long id) {
		int claimed = this.jdbc
			.sql("update servicemetrics_import set status = 'RUNNING' where id = :id and status = 'UPLOADED'")
			.param("id", id)
			.update();
		if (claimed == 0) {
			run(id);
			throw new InvalidInputException(null, "servicemetrics.import.started-already");
		}
	}

	private void execute(long id, boolean inBackground) {
		try {
			this.transaction.executeWithoutResult((status) -> {
				// One run at a time: a second waits here for the first to commit.
				this.jdbc.sql("select id from servicemetrics_import_lock where id = 1 for update")
					.query(Integer.class)
					.single();
				Upload upload = this.jdbc
					.sql("select format, mapping, saved_mapping, content from servicemetrics_import where id = :id")
					.param("id", id)
					.query((rs, n) -> new Upload(IncidentFormat.of(rs.getString(1)), rs.getString(2), rs.getString(3),
							rs.getBytes(4)))
					.single();
				Map<String, String> pairs = this.json.readValue(upload.mapping(),
						new TypeReference<Map<String, String>>() {
						});
				List<IncidentStore.Counts> counts = new ArrayList<>();
				IncidentReader.Progress progress = (rows, bytes) -> {
					if (inBackground) {
						progress(id, rows, bytes);
					}
				};
				IncidentReader.Outcome outcome;
				if (upload.format().readsIncidents()) {
					outcome = new IncidentReader(IncidentMapping.of(pairs, Map.of())).read(
							new ByteArrayInputStream(upload.content()),
							(incidents) -> counts.add(this.store.write(upload.format().source(), id, incidents)),
							progress);
				}
				else {
					this.metricStore.lock();
					outcome = new PeriodMetricReader(MetricMapping.of(pairs, Map.of())).read(
							new ByteArrayInputStream(upload.content()),
							(metrics) -> counts.add(this.metricStore.write(upload.format().source(), id, metrics)),
							progress);
				}
				IncidentStore.Counts total = counts.stream()
					.reduce(new IncidentStore.Counts(0, 0, 0), IncidentStore.Counts::plus);
				finish(id, outcome, total);
				saveMapping(upload.format(), upload.savedMapping());
				this.events
					.publishEvent(new IncidentsImported(id, upload.format().key(), total.created(), total.updated(),
							total.unchanged(), outcome.rejected().size(), Actor.current(), this.clock.instant()));
			});
		}
		catch (InvalidInputException ex) {
			fail(id, ex.getCode(), List.of(ex.getArguments()));
			if (!inBackground) {
				throw ex;
			}
		}
		catch (RuntimeException ex) {
			logger.error("Incident import {} failed and was rolled back", id, ex);
			fail(id, "servicemetrics.import.failed", List.of());
			if (!inBackground) {
				throw ex;
			}
		}
	}

	private void progress(long id, long rows, long bytes) {
		this.separateTransaction.executeWithoutResult((status) -> this.jdbc
			.sql("update servicemetrics_import set rows_read = :rows, bytes_read = :bytes where id = :id")
			.param("rows", rows)
			.param("bytes", bytes)
			.param("id", id)
			.update());
	}

	private void finish(long id, IncidentReader.Outcome outcome, IncidentStore.Counts counts) {
		List<Object[]> rows = outcome.rejected()
			.stream()
			.map((rejection) -> new Object[] { id, rejection.row(), rejection.code(),
					MessageArguments.encode(rejection.arguments()) })
			.toList();
		this.batch.batchUpdate(
				"insert into servicemetrics_import_rejection (import_id, row_no, code, arguments) values (?, ?, ?, ?)",
				rows);
		this.jdbc.sql("""
				update servicemetrics_import set status = 'DONE', finished_at = :at, content = null,
				  rows_read = :rows, bytes_read = content_bytes, created_count = :created, updated_count = :updated,
				  unchanged_count = :unchanged, rejected_count = :rejected
				where id = :id
				""")
			.param("at", LocalDateTime.now(this.clock))
			.param("rows", outcome.rows())
			.param("created", counts.created())
			.param("updated", counts.updated())
			.param("unchanged", counts.unchanged())
			.param("rejected", outcome.rejected().size())
			.param("id", id)
			.update();
	}

	private void saveMapping(IncidentFormat format, String mapping) {
		this.jdbc.sql("delete from servicemetrics_mapping where format = :format")
			.param("format", format.key())
			.update();
		this.jdbc
			.sql("insert into servicemetrics_mapping (format, mapping, updated_at) values (:format, :mapping, :at)")
			.param("format", format.key())
			.param("mapping", mapping)
			.param("at", LocalDateTime.now(this.clock))
			.update();
	}

	private void fail(long id, String code, List<Object> arguments) {
		this.separateTransaction.executeWithoutResult((status) -> this.jdbc.sql("""
				update servicemetrics_import set status = 'FAILED', finished_at = :at, content = null,
				  failure = :code, failure_arguments = :arguments
				where id = :id
				""")
			.param("at", LocalDateTime.now(this.clock))
			.param("code", code)
			.param("arguments", MessageArguments.encode(arguments))
			.param("id", id)
			.update());
	}

	private String render(String code, Object[] arguments) {
		return this.messages.getMessage(code, arguments, Locale.getDefault());
	}

	private static String cleanFileName(String fileName) {
		String name = (fileName == null || fileName.isBlank()) ? "upload.csv" : fileName.strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return (name.length() > 255) ? name.substring(0, 255) : name;
	}

	private record Upload(IncidentFormat format, String mapping, String savedMapping, byte[] content) {
	}

}
