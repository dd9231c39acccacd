package org.rapport.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rapport.shared.Actor;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The executive reports kept, one per quarter: the PDF as it was handed out and the
 * figures as they stood, so that a past quarter's report reads the same however late
 * surveys and incidents arrive. The quarterly job keeps the report of each quarter that
 * ends; the head of relationship management or the CIO may keep that of an ended quarter
 * the job did not (one that ended before Rapport ran).
 */
@Service
@Transactional(readOnly = true)
public class InsightReports {

	/** Reports are kept in Rapport's own language. */
	static final Locale LANGUAGE = Locale.ENGLISH;

	private final InsightManagement insight;

	private final ExecutiveReport report;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	InsightReports(InsightManagement insight, ExecutiveReport report, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.insight = insight;
		this.report = report;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The reports kept, the latest quarter first.
	 * @return every report kept
	 */
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public List<KeptReport> kept() {
		return this.jdbc.sql("""
				select id, period, generated_at, generated_by, units, flagged from insight_report
				order by period desc
				""").query(InsightReports::row).list();
	}

	/**
	 * Keeps the report of an ended quarter now.
	 * @param quarter the quarter, such as {@code 2026-Q3}
	 * @return the report kept
	 * @throws InvalidInputException naming {@code period} when it is not a quarter or the
	 * quarter has not ended
	 * @throws AlreadyExistsException naming {@code period} when its report is kept
	 * already
	 */
	@PreAuthorize("@roleGroups.steersPortfolio()")
	@Transactional
	public KeptReport keep(String quarter) {
		Period period = Period.of(quarter);
		if (!period.end().isBefore(LocalDate.now(this.clock))) {
			throw new InvalidInputException("period", "insight.report.notEnded", period.toString());
		}
		return keepOnce(period, Actor.current())
			.orElseThrow(() -> new AlreadyExistsException("period", "insight.report.kept", period.toString()));
	}

	/**
	 * A kept report's PDF.
	 * @param id the report
	 * @return the PDF as it was made
	 * @throws NotFoundException when no such report is kept
	 */
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public byte[] pdf(long id) {
		return this.jdbc.sql("select pdf from insight_report where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getBytes(1))
			.optional()
			.orElseThrow(() -> new NotFoundException("Report", id));
	}

	/**
	 * A kept report's figures.
	 * @param id the report
	 * @return the perception gap as it stood when the report was made
	 * @throws NotFoundException when no such report is kept
	 */
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public PerceptionGap figures(long id) {
		return this.jdbc.sql("select figures from insight_report where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map((figures) -> this.json.readValue(figures, PerceptionGap.class))
			.orElseThrow(() -> new NotFoundException("Report", id));
	}

	/**
	 * Keeps the report of the quarter that ended last, unless it is kept already: the
	 * quarterly job's run, which needs no caller. Nodes that run it at once keep one
	 * report; the others find it kept.
	 * @return the report kept by this call, empty when it was kept already
	 */
	@Transactional
	Optional<KeptReport> keepLastQuarter() {
		return keepOnce(this.insight.currentPeriod().previous(), "system");
	}

	private Optional<KeptReport> keepOnce(Period period, String by) {
		if (this.jdbc.sql("select count(*) from insight_report where period = :period")
			.param("period", period.toString())
			.query(Long.class)
			.single() > 0) {
			return Optional.empty();
		}
		PerceptionGap gap = this.insight.snapshot(period);
		byte[] pdf = this.report.pdf(gap, this.insight.trendUpTo(period, PerceptionTrend.DEFAULT_QUARTERS),
				LocalDate.now(this.clock), LANGUAGE);
		int flagged = (int) gap.units().stream().filter(PerceptionGap.Unit::flagged).count();
		// Another node or request may keep the same quarter meanwhile: the unique period
		// lets one row in, and the others insert nothing.
		int inserted;
		try {
			inserted = this.jdbc.sql("""
					insert into insight_report (period, generated_at, generated_by, units, flagged, figures, pdf)
					values (:period, :at, :by, :units, :flagged, :figures, :pdf)
					on conflict do nothing
					""")
				.param("period", period.toString())
				.param("at", LocalDateTime.now(this.clock))
				.param("by", by)
				.param("units", gap.units().size())
				.param("flagged", flagged)
				.param("figures", this.json.writeValueAsString(gap))
				.param("pdf", pdf)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// A database that reports the other insert's key instead of skipping it.
			return Optional.empty();
		}
		if (inserted == 0) {
			return Optional.empty();
		}
		return Optional.of(this.jdbc.sql("""
				select id, period, generated_at, generated_by, units, flagged from insight_report
				where period = :period
				""").param("period", period.toString()).query(InsightReports::row).single());
	}

	private static KeptReport row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new KeptReport(rs.getLong("id"), rs.getString("period"),
				rs.getTimestamp("generated_at").toLocalDateTime(), rs.getString("generated_by"), rs.getInt("units"),
				rs.getInt("flagged"));
	}

}
