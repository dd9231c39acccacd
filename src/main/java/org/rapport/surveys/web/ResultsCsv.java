package org.rapport.surveys.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.rapport.shared.web.CsvDownload;
import org.rapport.surveys.QuestionKind;
import org.rapport.surveys.QuestionSummary;
import org.rapport.surveys.SurveyResults;
import org.rapport.surveys.SurveyTemplateSummary;
import org.rapport.surveys.TemplateKind;

import org.springframework.context.MessageSource;

/**
 * A campaign's results as a CSV file, for the page and the API alike: the whole, each
 * group and, in an attributed review, each respondent, with the figures the results carry
 * and nothing else. A part the anonymity rules hold back is a row of counts marked
 * suppressed, with every figure empty; comments are there only where the results carry
 * them, at or above the comment minimum; an anonymous pulse has no rows per respondent.
 * Figures are rounded to one decimal as the page shows them.
 */
final class ResultsCsv {

	private static final List<String> TRUST = List.of("CREDIBILITY", "RELIABILITY", "INTIMACY", "SELF_ORIENTATION");

	private final SurveyTemplateSummary template;

	private final MessageSource messages;

	private final Locale locale;

	private final boolean nps;

	private final boolean servqual;

	private final List<QuestionSummary> rated;

	/** The service quality dimensions the template's items measure, then the overall. */
	private final List<String> servqualDimensions;

	private ResultsCsv(SurveyTemplateSummary template, MessageSource messages, Locale locale) {
		this.template = template;
		this.messages = messages;
		this.locale = locale;
		this.nps = template.questions().stream().anyMatch((question) -> question.kind() == QuestionKind.NPS);
		this.servqualDimensions = new ArrayList<>(template.questions()
			.stream()
			.filter((question) -> question.kind() == QuestionKind.SERVQUAL)
			.map(QuestionSummary::dimension)
			.distinct()
			.toList());
		this.servqual = !this.servqualDimensions.isEmpty();
		if (this.servqual) {
			this.servqualDimensions.add("OVERALL");
		}
		this.rated = template.questions()
			.stream()
			.filter((question) -> question.kind() == QuestionKind.RATING || question.kind() == QuestionKind.MATURITY)
			.toList();
	}

	/**
	 * Writes the results to the response as a CSV download.
	 * @param response the response
	 * @param template the campaign's template, whose questions name the columns
	 * @param results the results, with the anonymity rules applied
	 * @param messages the texts of the headers and markers
	 * @param locale the caller's locale
	 * @param today the day the file is named for
	 * @throws IOException when the response cannot be written
	 */
	static void write(HttpServletResponse response, SurveyTemplateSummary template, SurveyResults results,
			MessageSource messages, Locale locale, LocalDate today) throws IOException {
		ResultsCsv csv = new ResultsCsv(template, messages, locale);
		CsvDownload download = CsvDownload.start(response, "survey-results-" + results.campaignId(), today,
				csv.headers());
		download.row(csv.part("results.csv.part.whole", text(messages, locale, "results.groups.none"),
				results.invitations(), results.responses(), results.suppressed(), results.figures()));
		for (SurveyResults.Group group : results.groups()) {
			String label = group.key().equals("none") ? text(messages, locale, "results.group.none") : group.label();
			download.row(csv.part("results.csv.part.group", label, group.invitations(), group.responses(),
					group.suppressed(), group.figures()));
		}
		for (SurveyResults.Respondent respondent : results.respondents()) {
			download.row(csv.respondent(respondent));
		}
		download.flush();
	}

	private List<String> headers() {
		List<String> headers = new ArrayList<>(List.of(text("results.csv.part"), text("results.group"),
				text("results.counterpart"), text("results.submittedOn"), text("results.invitations"),
				text("results.responses"), text("results.csv.figures")));
		if (this.nps) {
			headers.addAll(List.of(text("results.nps"), text("results.csv.promoters"), text("results.csv.passives"),
					text("results.csv.detractors")));
		}
		if (this.template.kind() == TemplateKind.TRUST) {
			headers.add(text("results.trust"));
			TRUST.forEach((dimension) -> headers.add(text("dimension." + dimension)));
		}
		if (this.servqual) {
			for (String dimension : this.servqualDimensions) {
				for (String column : List.of("results.minimum", "results.desired", "results.perceived",
						"results.adequacy", "results.superiority")) {
					headers.add(this.messages.getMessage("results.csv.servqual",
							new Object[] { text("dimension." + dimension), text(column) }, this.locale));
				}
			}
		}
		this.rated.forEach((question) -> headers.add(question.text()));
		headers.add(text("results.comments"));
		return headers;
	}

	private Object[] part(String part, String label, long invitations, long responses, boolean suppressed,
			SurveyResults.Figures figures) {
		List<Object> cells = new ArrayList<>(Arrays.asList(text(part), label, null, null, invitations, responses,
				text(suppressed ? "results.csv.suppressed" : "results.csv.shown")));
		boolean shown = !suppressed && figures != null;
		if (this.nps) {
			SurveyResults.Nps score = shown ? figures.nps() : null;
			cells.add((score != null) ? score.score() : null);
			cells.add((score != null) ? score.promoters() : null);
			cells.add((score != null) ? score.passives() : null);
			cells.add((score != null) ? score.detractors() : null);
		}
		if (this.template.kind() == TemplateKind.TRUST) {
			cells.add(shown ? decimal(figures.trustQuotient()) : null);
			for (String dimension : TRUST) {
				SurveyResults.Mean mean = shown ? figures.ratedDimensions().get(dimension) : null;
				cells.add((mean != null) ? decimal(mean.value()) : null);
			}
		}
		if (this.servqual) {
			for (String dimension : this.servqualDimensions) {
				SurveyResults.Gaps gaps = shown ? figures.dimensions().get(dimension) : null;
				cells.add((gaps != null) ? decimal(gaps.minimum()) : null);
				cells.add((gaps != null) ? decimal(gaps.desired()) : null);
				cells.add((gaps != null) ? decimal(gaps.perceived()) : null);
				cells.add((gaps != null) ? decimal(gaps.adequacyGap()) : null);
				cells.add((gaps != null) ? decimal(gaps.superiorityGap()) : null);
			}
		}
		for (QuestionSummary question : this.rated) {
			SurveyResults.Mean mean = shown ? figures.means().get(question.key()) : null;
			cells.add((mean != null) ? decimal(mean.value()) : null);
		}
		cells.add((shown && figures.comments() != null) ? String.join("\n", figures.comments()) : null);
		return cells.toArray();
	}

	/**
	 * One respondent of an attributed review, as the page lists them: their score and
	 * comments.
	 */
	private Object[] respondent(SurveyResults.Respondent respondent) {
		List<Object> cells = new ArrayList<>(Arrays.asList(text("results.csv.part.respondent"), respondent.name(),
				respondent.counterpart(), respondent.submittedOn(), null, null, null));
		if (this.nps) {
			cells.addAll(Arrays.asList(respondent.score(), null, null, null));
		}
		int empty = ((this.template.kind() == TemplateKind.TRUST) ? 1 + TRUST.size() : 0)
				+ (this.servqual ? this.servqualDimensions.size() * 5 : 0) + this.rated.size();
		for (int n = 0; n < empty; n++) {
			cells.add(null);
		}
		cells.add(respondent.comments().isEmpty() ? null : String.join("\n", respondent.comments()));
		return cells.toArray();
	}

	/**
	 * A figure as the page shows it: one decimal, rounded from its exact value half to
	 * even as the page's number format does; a number, so that a negative gap is written
	 * as one rather than kept as text like a formula.
	 */
	private static BigDecimal decimal(Double value) {
		return (value != null) ? new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN) : null;
	}

	private String text(String code) {
		return text(this.messages, this.locale, code);
	}

	private static String text(MessageSource messages, Locale locale, String code) {
		return messages.getMessage(code, null, locale);
	}

}
