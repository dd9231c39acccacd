package org.rapport.surveys;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.shared.InvalidInputException;

/**
 * The rules an answer sheet must keep, checked in one place for the respondent page, the
 * API and imports: required questions answered, scores on their scale, the three columns
 * of a service quality item given together, choices among those offered for the
 * recommendation score's band, comments of a bounded length. A refusal names the
 * question's field, {@code answers.<key>}.
 */
final class Answers {

	/** The longest comment kept. */
	static final int MAX_COMMENT = 4000;

	private Answers() {
	}

	/**
	 * Checks an answer sheet against its template and gives back the answers worth
	 * storing, in the template's order, with comments stripped and blank answers dropped.
	 * @param template the template
	 * @param answers the answers by question key; keys of no question are refused
	 * @return the answers to store by question
	 * @throws InvalidInputException naming the first question whose answer breaks a rule
	 */
	static Map<QuestionSummary, Answer> check(SurveyTemplateSummary template, Map<String, Answer> answers) {
		Map<String, Answer> given = (answers != null) ? answers : Map.of();
		Set<String> known = new HashSet<>();
		template.questions().forEach((question) -> known.add(question.key()));
		for (String key : given.keySet()) {
			if (!known.contains(key)) {
				throw new InvalidInputException("answers." + key, "error.survey.unknown-question", key);
			}
		}
		NpsBand band = template.questions()
			.stream()
			.filter((question) -> question.kind() == QuestionKind.NPS)
			.map((question) -> given.get(question.key()))
			.filter((answer) -> answer != null && answer.score() != null && answer.score() >= 0 && answer.score() <= 10)
			.map((answer) -> NpsBand.of(answer.score()))
			.findFirst()
			.orElse(null);
		Map<QuestionSummary, Answer> kept = new LinkedHashMap<>();
		for (QuestionSummary question : template.questions()) {
			Answer answer = given.get(question.key());
			String field = "answers." + question.key();
			if (answer == null || answer.blank()) {
				if (question.required()) {
					throw new InvalidInputException(field, "error.survey.answer-required", question.text());
				}
				continue;
			}
			kept.put(question, checked(question, answer, field, band));
		}
		return kept;
	}

	private static Answer checked(QuestionSummary question, Answer answer, String field, NpsBand band) {
		return switch (question.kind()) {
			case NPS, RATING, MATURITY -> {
				inScale(question, answer.score(), field);
				yield new Answer(answer.score(), null, null, null, null);
			}
			case SERVQUAL -> {
				if (answer.score() == null || answer.minimum() == null || answer.desired() == null) {
					throw new InvalidInputException(field, "error.survey.three-columns", question.text());
				}
				inScale(question, answer.minimum(), field);
				inScale(question, answer.desired(), field);
				inScale(question, answer.score(), field);
				yield new Answer(answer.score(), answer.minimum(), answer.desired(), null, null);
			}
			case CHOICE -> {
				List<String> picked = (answer.choices() != null) ? answer.choices() : List.of();
				Set<String> offered = new HashSet<>();
				question.choicesFor(band).forEach((choice) -> offered.add(choice.key()));
				for (String key : picked) {
					if (!offered.contains(key)) {
						throw new InvalidInputException(field, "error.survey.choice-unknown", key);
					}
				}
				yield new Answer(null, null, null, picked.stream().distinct().toList(), null);
			}
			case TEXT -> {
				String comment = (answer.comment() != null) ? answer.comment().strip() : "";
				if (comment.length() > MAX_COMMENT) {
					throw new InvalidInputException(field, "error.survey.comment-too-long", MAX_COMMENT);
				}
				yield new Answer(null, null, null, null, comment);
			}
		};
	}

	private static void inScale(QuestionSummary question, Integer score, String field) {
		if (score == null || score < question.scaleMin() || score > question.scaleMax()) {
			throw new InvalidInputException(field, "error.survey.score-range", question.scaleMin(),
					question.scaleMax());
		}
	}

}
