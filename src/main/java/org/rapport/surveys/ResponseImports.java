package org.rapport.surveys;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.rapport.shared.CsvFile;
import org.rapport.shared.ImportRejection;
import org.rapport.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Past results brought in from a CSV file: its columns mapped to the template's questions
 * and to what the responses are grouped by. Each row is checked by the same rules as an
 * answer given through a link ({@link Answers}); rows that break them are listed with
 * their row number and left out, the others become the campaign's responses.
 */
@Component
class ResponseImports {

	/** The column naming the relationship a response is about: its id or counterpart. */
	static final String RELATIONSHIP = "relationship";

	/** The column giving the day a response was given ({@link #day(String)}). */
	static final String ANSWERED_ON = "answeredOn";

	/** The column naming the respondent of an attributed review by email. */
	static final String RESPONDENT = "respondent";

	/** The longest segment label kept. */
	static final int SEGMENT_MAX = 100;

	private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern US_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b");

	private static final String MINIMUM = ".minimum";

	private static final String DESIRED = ".desired";

	private final JdbcClient jdbc;

	private final Responses responses;

	private final MessageSource messages;

	ResponseImports(JdbcClient jdbc, Responses responses, MessageSource messages) {
		this.jdbc = jdbc;
		this.responses = responses;
		this.messages = messages;
	}

	/**
	 * The targets a mapping may name for a template: each question's key (and for a
	 * service quality item its {@code .minimum} and {@code .desired} columns), then
	 * {@code relationship}, {@code segment}, {@code answeredOn} and, for an attributed
	 * review, {@code respondent}.
	 * @param template the template
	 * @param channel the campaign's channel
	 * @return the targets in the template's order
	 */
	static List<ImportTarget> targets(SurveyTemplateSummary template, Channel channel) {
		List<ImportTarget> targets = new ArrayList<>();
		for (QuestionSummary question : template.questions()) {
			if (question.kind() == QuestionKind.SERVQUAL) {
				targets
					.add(new ImportTarget(question.key() + MINIMUM, question.text(), "minimum", question.required()));
				targets
					.add(new ImportTarget(question.key() + DESIRED, question.text(), "desired", question.required()));
				targets.add(new ImportTarget(question.key(), question.text(), "perceived", question.required()));
			}
			else {
				targets.add(new ImportTarget(question.key(), question.text(), null, question.required()));
			}
		}
		targets.add(new ImportTarget(RELATIONSHIP, null, null, false));
		targets.add(new ImportTarget(Results.SEGMENT, null, null, false));
		targets.add(new ImportTarget(ANSWERED_ON, null, null, false));
		if (channel == Channel.REVIEW) {
			targets.add(new ImportTarget(RESPONDENT, null, null, false));
		}
		return targets;
	}

	/**
	 * Checks a mapping against a template and a file's header row.
	 * @param template the template
	 * @param channel the campaign's channel
	 * @param headers the file's headers
	 * @param mapping the header of each target
	 * @return the column index of each mapped target
	 * @throws InvalidInputException naming {@code mapping} when it maps nothing, names a
	 * target the template does not have, leaves a required question unmapped, or names a
	 * header the file does not have
	 */
	static Map<String, Integer> columns(SurveyTemplateSummary template, Channel channel, List<String> headers,
			Map<String, String> mapping) {
		Map<String, String> given = new LinkedHashMap<>();
		mapping.forEach((target, header) -> {
			if (header != null && !header.isBlank()) {
				given.put(target.strip(), header.strip());
			}
		});
		List<String> targets = targets(template, channel).stream().map(ImportTarget::key).toList();
		for (String target : given.keySet()) {
			if (target.equals(RESPONDENT) && channel == Channel.PULSE) {
				throw new InvalidInputException("mapping", "error.survey.import.respondent-anonymous");
			}
			if (!targets.contains(target)) {
				throw new InvalidInputException("mapping", "error.survey.import.target", target,
						String.join(", ", targets));
			}
		}
		boolean anyQuestion = false;
		for (QuestionSummary question : template.questions()) {
			List<String> parts = (question.kind() == QuestionKind.SERVQUAL)
					? List.of(question.key(), question.key() + MINIMUM, question.key() + DESIRED)
					: List.of(question.key());
			long mapped = parts.stream().filter(given::containsKey).count();
			anyQuestion |= mapped > 0;
			if ((question.required() && mapped < parts.size()) || (mapped > 0 && mapped < parts.size())) {
				throw new InvalidInputException("mapping", "error.survey.import.unmapped",
						parts.stream().filter((part) -> !given.containsKey(part)).collect(Collectors.joining(", ")),
						question.text());
			}
		}
		if (!anyQuestion) {
			throw new InvalidInputException("mapping", "error.survey.import.no-question");
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : given.entrySet()) {
			int index = indexOf(headers, entry.getValue());
			if (index < 0) {
				throw new InvalidInputException("mapping", "error.survey.import.no-column", entry.getValue(),
						headers.stream().filter((header) -> !header.isEmpty()).collect(Collectors.joining(", ")));
			}
			columns.put(entry.getKey(), index);
		}
		return columns;
	}

	private static int indexOf(List<String> headers, String header) {
		for (int i = 0; i < headers.size(); i++) {
			if (headers.get(i).equalsIgnoreCase(header)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A row that passed, ready to store.
	 *
	 * @param answers the checked answers
	 * @param relationshipId the relationship it is about, {@code null} when unknown
	 * @param unitId that relationship's counterpart
	 * @param segment the label it was grouped by
	 * @param respondentId who answered an attributed review
	 * @param answeredOn the day it was given
	 */
	record Row(Map<QuestionSummary, Answer> answers, Long relationshipId, Long unitId, String segment,
			Long respondentId, LocalDate answeredOn) {
	}

	/**
	 * What a file holds: the rows to store and those left out.
	 *
	 * @param rows the rows to store
	 * @param rejected the rows left out, with why
	 */
	record Read(List<Row> rows, List<ImportRejection> rejected) {
	}

	/**
	 * A relationship a row may name, by its id or its counterpart's name.
	 *
	 * @param id the relationship
	 * @param unitId its counterpart
	 * @param counterpartName the counterpart's name
	 */
	record Surveyed(long id, long unitId, String counterpartName) {
	}

	/**
	 * Reads and checks a file's rows.
	 * @param template the template
	 * @param file the file
	 * @param columns the checked mapping
	 * @param surveyed the campaign's relationships; a row is about the only one when
	 * there is one and no column names it
	 * @param answeredOn the day of rows without a day of their own
	 * @param today today: no row is from a later day
	 * @return the rows to store and those left out
	 */
	Read read(SurveyTemplateSummary template, CsvFile file, Map<String, Integer> columns, List<Surveyed> surveyed,
			LocalDate answeredOn, LocalDate today) {
		Map<String, Surveyed> byName = new HashMap<>();
		for (Surveyed one : surveyed) {
			byName.put(String.valueOf(one.id()), one);
			byName.put(one.counterpartName().toLowerCase(Locale.ROOT), one);
		}
		Surveyed only = (surveyed.size() == 1) ? surveyed.get(0) : null;
		Map<String, Optional<Long>> people = new HashMap<>();
		List<Row> rows = new ArrayList<>();
		List<ImportRejection> rejected = new ArrayList<>();
		for (CSVRecord record : file.records()) {
			int rowNo = CsvFile.rowNumber(record);
			if (record.size() != file.headers().size()) {
				rejected.add(ImportRejection.of(rowNo, "survey.import.row.value-count", record.size(),
						file.headers().size()));
				continue;
			}
			try {
				Surveyed about = only;
				String named = value(record, columns, RELATIONSHIP);
				if (named != null) {
					about = byName.get(named.toLowerCase(Locale.ROOT));
					if (about == null) {
						throw rejection(rowNo, "survey.import.row.relationship", named);
					}
				}
				String segment = value(record, columns, Results.SEGMENT);
				if (segment != null && segment.length() > SEGMENT_MAX) {
					throw rejection(rowNo, "survey.import.row.segment", SEGMENT_MAX);
				}
				LocalDate day = day(rowNo, value(record, columns, ANSWERED_ON), answeredOn, today);
				Long respondent = null;
				String email = value(record, columns, RESPONDENT);
				if (columns.containsKey(RESPONDENT)) {
					String key = (email != null) ? email.toLowerCase(Locale.ROOT) : "";
					respondent = people.computeIfAbsent(key, this::person)
						.orElseThrow(
								() -> rejection(rowNo, "survey.import.row.respondent", (email != null) ? email : ""));
				}
				Map<QuestionSummary, Answer> answers = answers(rowNo, template, record, columns);
				rows.add(new Row(answers, (about != null) ? about.id() : null, (about != null) ? about.unitId() : null,
						segment, respondent, day));
			}
			catch (RowRejected ex) {
				rejected.add(ex.rejection);
			}
		}
		return new Read(rows, rejected.stream()
			.map((rejection) -> new ImportRejection(rejection.row(), rejection.code(), rejection.arguments(),
					this.messages.getMessage(rejection.code(), rejection.messageArguments(), Locale.getDefault())))
			.toList());
	}

	private Map<QuestionSummary, Answer> answers(int rowNo, SurveyTemplateSummary template, CSVRecord record,
			Map<String, Integer> columns) {
		Map<String, Answer> given = new LinkedHashMap<>();
		NpsBand band = null;
		for (QuestionSummary question : template.questions()) {
			if (!columns.containsKey(question.key())) {
				continue;
			}
			String text = value(record, columns, question.key());
			Answer answer = switch (question.kind()) {
				case NPS, RATING, MATURITY -> new Answer(number(rowNo, question.key(), text), null, null, null, null);
				case SERVQUAL -> new Answer(number(rowNo, question.key(), text),
						number(rowNo, question.key() + MINIMUM, value(record, columns, question.key() + MINIMUM)),
						number(rowNo, question.key() + DESIRED, value(record, columns, question.key() + DESIRED)), null,
						null);
				case CHOICE -> new Answer(null, null, null, choices(question, band, text), null);
				case TEXT -> new Answer(null, null, null, null, text);
			};
			if (question.kind() == QuestionKind.NPS && answer.score() != null && answer.score() >= 0
					&& answer.score() <= 10) {
				band = NpsBand.of(answer.score());
			}
			given.put(question.key(), answer);
		}
		if (given.values().stream().allMatch(Answer::blank)) {
			throw rejection(rowNo, "survey.import.row.no-answers");
		}
		try {
			return Answers.check(template, given);
		}
		catch (InvalidInputException ex) {
			String key = ex.getField().substring("answers.".length());
			throw rejection(rowNo, "survey.import.row.answer", key, this.messages.getMessage(ex, Locale.getDefault()));
		}
	}

	/**
	 * The keys of the choices a cell names, by key or wording, separated by semicolons or
	 * bars; a name matching no choice is kept as it is so that the rules refuse it.
	 */
	private static List<String> choices(QuestionSummary question, NpsBand band, String text) {
		if (text == null) {
			return List.of();
		}
		Set<String> keys = new LinkedHashSet<>();
		for (String part : text.split("[;|]")) {
			String name = part.strip();
			if (name.isEmpty()) {
				continue;
			}
			keys.add(question.choicesFor(band)
				.stream()
				.filter((choice) -> choice.key().equalsIgnoreCase(name) || choice.text().equalsIgnoreCase(name))
				.map(ChoiceSummary::key)
				.findFirst()
				.orElse(name));
		}
		return List.copyOf(keys);
	}

	private Integer number(int rowNo, String target, String text) {
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw rejection(rowNo, "survey.import.row.number", target, text);
		}
	}

	private LocalDate day(int rowNo, String text, LocalDate otherwise, LocalDate today) {
		if (text == null) {
			return otherwise;
		}
		LocalDate day = day(text);
		if (day == null) {
			throw rejection(rowNo, "survey.import.row.day", text);
		}
		if (day.isAfter(today)) {
			throw rejection(rowNo, "survey.import.row.future", text);
		}
		return day;
	}

	/**
	 * The day a cell gives, read as survey tools export it: ISO ({@code 2017-06-26} or
	 * {@code 2017-06-26 17:59:03}) or as US spreadsheets do ({@code 6/26/2017 14:02:56},
	 * {@code 6/26/17 1:03}), a time being left out.
	 * @param text the cell
	 * @return the day, {@code null} when it is not one
	 */
	static LocalDate day(String text) {
		try {
			Matcher iso = ISO_DAY.matcher(text);
			if (iso.lookingAt()) {
				return LocalDate.parse(iso.group());
			}
			Matcher us = US_DAY.matcher(text);
			if (us.lookingAt()) {
				int year = Integer.parseInt(us.group(3));
				return LocalDate.of((year < 100) ? 2000 + year : year, Integer.parseInt(us.group(1)),
						Integer.parseInt(us.group(2)));
			}
			return null;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private Optional<Long> person(String email) {
		return email.isEmpty() ? Optional.empty()
				: this.jdbc.sql("select id from directory_person_contact where lower(email) = :email")
					.param("email", email)
					.query(Long.class)
					.optional();
	}

	private static String value(CSVRecord record, Map<String, Integer> columns, String target) {
		Integer index = columns.get(target);
		if (index == null) {
			return null;
		}
		String value = record.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * Stores the rows as the campaign's responses, marked imported.
	 * @param campaignId the campaign
	 * @param rows the checked rows
	 */
	void write(long campaignId, List<Row> rows) {
		for (Row row : rows) {
			KeyHolder key = new GeneratedKeyHolder();
			this.jdbc.sql("""
					insert into surveys_response (campaign_id, respondent_id, relationship_id, unit_id, segment,
					                              submitted_on, imported)
					values (:campaign, :respondent, :relationship, :unit, :segment, :day, true)
					""")
				.param("campaign", campaignId)
				.param("respondent", row.respondentId(), java.sql.Types.BIGINT)
				.param("relationship", row.relationshipId(), java.sql.Types.BIGINT)
				.param("unit", row.unitId(), java.sql.Types.BIGINT)
				.param("segment", row.segment(), java.sql.Types.VARCHAR)
				.param("day", row.answeredOn())
				.update(key, "id");
			this.responses.writeAnswers(key.getKeyAs(Long.class), row.answers());
		}
	}

	private static RowRejected rejection(int rowNo, String code, Object... arguments) {
		return new RowRejected(ImportRejection.of(rowNo, code, arguments));
	}

	/**
	 * A row left out, thrown from deep in its reading.
	 */
	private static final class RowRejected extends RuntimeException {

		private final transient ImportRejection rejection;

		RowRejected(ImportRejection rejection) {
			super(null, null, false, false);
			this.rejection = rejection;
		}

	}

}
