package org.rapport.surveys;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * An organisation's copies of the shipped templates, and the rules of changing them: a
 * copy is reworded, its optional questions removed and its own questions added, until a
 * campaign is launched or recorded from it; after that its wording is part of what the
 * answers meant, and a change is made in a new copy. The questions that carry a
 * template's figures (the recommendation score, the service quality items, the maturity
 * levels and the rated dimensions) are reworded but never removed.
 */
@Component
class TemplateCopies {

	/** The longest template name. */
	static final int NAME_MAX = 200;

	/** The longest description and question. */
	static final int TEXT_MAX = 1000;

	/** The scales a question added to a copy may take. */
	static final Set<Integer> SCALES = Set.of(5, 7, 9, 10);

	private final JdbcClient jdbc;

	TemplateCopies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Copies a template with all its questions and choices.
	 * @param source the template
	 * @param name the copy's name
	 * @param now now
	 * @return the copy's key, made from its name
	 */
	String copy(SurveyTemplateSummary source, String name, Instant now) {
		String checked = name(name);
		String key = uniqueKey(checked);
		KeyHolder id = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into surveys_template (template_key, name, description, kind, audience, shipped, based_on_id,
				                              created_at, version)
				values (:key, :name, :description, :kind, :audience, false, :source, :now, 0)
				""")
			.param("key", key)
			.param("name", checked)
			.param("description", source.description())
			.param("kind", source.kind().name())
			.param("audience", source.audience().name())
			.param("source", source.id())
			.param("now", java.sql.Timestamp.from(now))
			.update(id, "id");
		long templateId = id.getKeyAs(Long.class);
		int position = 1;
		for (QuestionSummary question : source.questions()) {
			long questionId = insertQuestion(templateId, position++, question.key(), question.kind(),
					question.dimension(), question.scaleMin(), question.scaleMax(), question.required(),
					question.text());
			int choice = 1;
			for (ChoiceSummary option : question.choices()) {
				this.jdbc.sql("""
						insert into surveys_choice (question_id, position, choice_key, text, band)
						values (:question, :position, :key, :text, :band)
						""")
					.param("question", questionId)
					.param("position", choice++)
					.param("key", option.key())
					.param("text", option.text())
					.param("band", (option.band() != null) ? option.band().name() : null, java.sql.Types.VARCHAR)
					.update();
			}
		}
		return key;
	}

	/**
	 * Changes a copy.
	 * @param template the copy as it is
	 * @param change how it should be
	 * @param version the version the caller saw, or {@code null}
	 * @throws StateConflictException when it is shipped with Rapport or a campaign was
	 * launched or recorded from it
	 * @throws InvalidInputException naming the field that breaks a rule
	 * @throws StaleVersionException when it changed since that version
	 */
	void change(SurveyTemplateSummary template, TemplateChange change, Long version) {
		if (template.shipped()) {
			throw new StateConflictException("error.template.shipped", template.name());
		}
		if (this.jdbc.sql("select count(*) from surveys_campaign where template_id = :id and state <> 'DRAFT'")
			.param("id", template.id())
			.query(Long.class)
			.single() > 0) {
			throw new StateConflictException("error.template.in-use", template.name());
		}
		StaleVersionException.check("Survey template", template.key(), version, template.version());
		String name = name(change.name());
		String description = (change.description() != null) ? change.description().strip() : "";
		if (description.length() > TEXT_MAX) {
			throw new InvalidInputException("description", "error.template.description", TEXT_MAX);
		}
		List<TemplateChange.QuestionChange> wanted = (change.questions() != null) ? change.questions() : List.of();
		Map<String, QuestionSummary> existing = new HashMap<>();
		template.questions().forEach((question) -> existing.put(question.key(), question));
		Set<String> kept = new HashSet<>();
		for (int i = 0; i < wanted.size(); i++) {
			TemplateChange.QuestionChange question = wanted.get(i);
			String field = "questions[" + i + "]";
			String text = (question.text() != null) ? question.text().strip() : "";
			if (text.isEmpty() || text.length() > TEXT_MAX) {
				throw new InvalidInputException(field + ".text", "error.template.question-text", TEXT_MAX);
			}
			if (question.key() != null && !question.key().isBlank()) {
				if (!existing.containsKey(question.key()) || !kept.add(question.key())) {
					throw new InvalidInputException(field + ".key", "error.template.question-key", question.key());
				}
			}
			else if (question.kind() != QuestionKind.RATING && question.kind() != QuestionKind.TEXT) {
				throw new InvalidInputException(field + ".kind", "error.template.question-kind");
			}
			else if (question.kind() == QuestionKind.RATING
					&& (question.scaleMax() == null || !SCALES.contains(question.scaleMax()))) {
				throw new InvalidInputException(field + ".scaleMax", "error.template.question-scale");
			}
		}
		for (QuestionSummary question : template.questions()) {
			if (!kept.contains(question.key()) && carriesFigures(question)) {
				throw new InvalidInputException("questions", "error.template.question-needed", question.text());
			}
		}
		int updated = this.jdbc.sql("""
				update surveys_template set name = :name, description = :description, version = version + 1
				where id = :id and version = :version
				""")
			.param("name", name)
			.param("description", description)
			.param("id", template.id())
			.param("version", template.version())
			.update();
		if (updated == 0) {
			throw new StaleVersionException("Survey template", template.key(), template.version(),
					template.version() + 1);
		}
		for (QuestionSummary question : template.questions()) {
			if (!kept.contains(question.key())) {
				this.jdbc.sql("delete from surveys_choice where question_id = :id").param("id", question.id()).update();
				this.jdbc.sql("delete from surveys_question where id = :id").param("id", question.id()).update();
			}
		}
		// Positions are unique only by convention; move the kept ones out of the way
		// first.
		this.jdbc.sql("update surveys_question set position = position + 10000 where template_id = :id")
			.param("id", template.id())
			.update();
		int added = 0;
		for (int i = 0; i < wanted.size(); i++) {
			TemplateChange.QuestionChange question = wanted.get(i);
			String text = question.text().strip();
			if (question.key() != null && !question.key().isBlank()) {
				QuestionSummary was = existing.get(question.key());
				boolean required = (question.required() != null) ? question.required() : was.required();
				this.jdbc.sql("""
						update surveys_question set position = :position, text = :text, required = :required
						where id = :id
						""")
					.param("position", i + 1)
					.param("text", text)
					.param("required", required)
					.param("id", was.id())
					.update();
			}
			else {
				String key;
				do {
					key = "question-" + (template.questions().size() + ++added);
				}
				while (existing.containsKey(key));
				boolean rating = question.kind() == QuestionKind.RATING;
				insertQuestion(template.id(), i + 1, key, question.kind(), null, rating ? 1 : null,
						rating ? question.scaleMax() : null, Boolean.TRUE.equals(question.required()), text);
			}
		}
	}

	/**
	 * Whether the template's figures need the question: a copy rewords it but keeps it.
	 * @param question the question
	 * @return whether it may not be removed
	 */
	static boolean carriesFigures(QuestionSummary question) {
		return switch (question.kind()) {
			case NPS, SERVQUAL, MATURITY -> true;
			case RATING -> question.dimension() != null;
			case CHOICE, TEXT -> false;
		};
	}

	private long insertQuestion(long templateId, int position, String key, QuestionKind kind, String dimension,
			Integer scaleMin, Integer scaleMax, boolean required, String text) {
		KeyHolder id = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into surveys_question (template_id, position, question_key, kind, dimension, scale_min,
				                              scale_max, required, text)
				values (:template, :position, :key, :kind, :dimension, :min, :max, :required, :text)
				""")
			.param("template", templateId)
			.param("position", position)
			.param("key", key)
			.param("kind", kind.name())
			.param("dimension", dimension, java.sql.Types.VARCHAR)
			.param("min", scaleMin, java.sql.Types.INTEGER)
			.param("max", scaleMax, java.sql.Types.INTEGER)
			.param("required", required)
			.param("text", text)
			.update(id, "id");
		return id.getKeyAs(Long.class);
	}

	private static String name(String name) {
		String checked = (name != null) ? name.strip() : "";
		if (checked.isEmpty() || checked.length() > NAME_MAX) {
			throw new InvalidInputException("name", "error.template.name", NAME_MAX);
		}
		return checked;
	}

	/**
	 * A key made from the name, such as {@code our-relationship-pulse}, unique among the
	 * templates.
	 */
	private String uniqueKey(String name) {
		String base = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (base.isEmpty()) {
			base = "template";
		}
		base = base.substring(0, Math.min(base.length(), 50));
		List<String> taken = new ArrayList<>(
				this.jdbc.sql("select template_key from surveys_template where template_key like :prefix")
					.param("prefix", base + "%")
					.query(String.class)
					.list());
		String key = base;
		for (int n = 2; taken.contains(key); n++) {
			key = base + "-" + n;
		}
		return key;
	}

}
