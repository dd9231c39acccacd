package org.rapport.health.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.rapport.health.Alert;
import org.rapport.health.AlertFilter;
import org.rapport.health.HealthManagement;
import org.rapport.health.PortfolioFilter;
import org.rapport.health.PortfolioRow;
import org.rapport.health.PortfolioSort;
import org.rapport.health.web.PortfolioController.PortfolioQuery;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.web.CsvDownload;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portfolio and the caller's alerts, each as filtered on its page, as CSV files: what
 * the caller may read, nothing more.
 */
@Controller
class HealthExportController {

	private static final int PAGE = 200;

	private final HealthManagement health;

	private final MessageSource messages;

	private final Clock clock;

	HealthExportController(HealthManagement health, MessageSource messages, Clock clock) {
		this.health = health;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/relationships.csv")
	void portfolio(PortfolioQuery query, HttpServletResponse response, Locale locale) throws IOException {
		PortfolioFilter filter = query.filter();
		PortfolioSort sort = query.sortOrDefault();
		// The first page is read before the file starts, so that a bad filter is an error
		// page rather than a broken file.
		KeysetPage<PortfolioRow> page = this.health.portfolio(filter, sort, null, PAGE);
		CsvDownload csv = CsvDownload.start(response, "portfolio", LocalDate.now(this.clock),
				texts(locale, "relationship.counterpart", "relationship.kind", "relationship.itGroup",
						"relationship.owner", "relationship.tier", "relationship.lastContact", "export.score",
						"health.band", "alerts.heading", "export.endedOn"));
		while (true) {
			for (PortfolioRow row : page.items()) {
				csv.row(row.counterpartName(), text(locale, "relationship.kind." + row.kind()), row.itGroupName(),
						row.ownerName(), text(locale, "tier." + row.tier()), row.lastContactOn(), row.score(),
						(row.band() != null) ? text(locale, "band." + row.band()) : null,
						String.join("; ", row.alerts().stream().map((type) -> text(locale, "alert." + type)).toList()),
						row.endedOn());
			}
			csv.flush();
			if (page.next() == null) {
				return;
			}
			page = this.health.portfolio(filter, sort, page.next(), PAGE);
		}
	}

	/**
	 * The alerts as filtered on the alerts page, every page of them, with where each
	 * stands: its state, who acknowledged it with what note, until when it is snoozed and
	 * whom it is assigned to.
	 */
	@GetMapping("/alerts.csv")
	void alerts(AlertQuery query, HttpServletResponse response, Locale locale) throws IOException {
		AlertFilter filter = query.filter();
		KeysetPage<Alert> page = this.health.alerts(filter, null, PAGE);
		CsvDownload csv = CsvDownload.start(response, "alerts", LocalDate.now(this.clock),
				texts(locale, "export.alertType", "export.relationship", "relationship.owner", "export.since",
						"export.alert", "alerts.state", "alerts.acknowledgedBy", "alerts.acknowledgedOn", "alerts.note",
						"alerts.snoozedUntil", "export.assignee"));
		while (true) {
			for (Alert alert : page.items()) {
				Alert.Acknowledgement acknowledgement = alert.acknowledgement();
				csv.row(text(locale, "alert." + alert.type()), alert.relationshipName(), alert.ownerName(),
						alert.raisedOn(), this.messages.getMessage(alert.code(), alert.messageArguments(), locale),
						text(locale, "alert.state." + alert.state()),
						(acknowledgement != null) ? acknowledgement.by() : null,
						(acknowledgement != null) ? acknowledgement.at().toLocalDate() : null,
						(acknowledgement != null) ? acknowledgement.note() : null, alert.snoozedUntil(),
						(alert.assignee() != null) ? alert.assignee().name() : null);
			}
			csv.flush();
			if (page.next() == null) {
				return;
			}
			page = this.health.alerts(filter, page.next(), PAGE);
		}
	}

	private List<String> texts(Locale locale, String... codes) {
		return Stream.of(codes).map((code) -> text(locale, code)).toList();
	}

	private String text(Locale locale, String code) {
		return this.messages.getMessage(code, null, locale);
	}

}
