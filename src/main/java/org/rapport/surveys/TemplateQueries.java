package org.rapport.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads templates with their questions and choices, three queries for any number of
 * templates.
 */
@Component
class TemplateQueries {

	private final JdbcClient jdbc;

	TemplateQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SurveyTemplateSummary> all() {
		return read("", Map.of());
	}

	Optional<SurveyTemplateSummary> byKey(String key) {
		return read("where t.template_key = :key", Map.of("key", key)).stream().findFirst();
	}

	Optional<SurveyTemplateSummary> byId(long id) {
		return read("where t.id = :id", Map.of("id", id)).stream().findFirst();
	}

	private List<SurveyTemplateSummary> read(String where, Map<String, Object> params) {
		record Row(long id, String key, String name, String description, TemplateKind kind, Audience audience,
				boolean shipped, long version) {
		}
		List<Row> templates = this.jdbc.sql("""
				select t.id, t.template_key, t.name, t.description, t.kind, t.audience, t.shipped, t.version
				from surveys_template t
				""" + where + " order by t.shipped desc, t.id")
			.params(params)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("template_key"), rs.getString("name"),
					rs.getString("description"), TemplateKind.valueOf(rs.getString("kind")),
					Audience.valueOf(rs.getString("audience")), rs.getBoolean("shipped"), rs.getLong("version")))
			.list();
		if (templates.isEmpty()) {
			return List.of();
		}
		List<Long> ids = templates.stream().map(Row::id).toList();
		Map<Long, List<ChoiceSummary>> choices = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.question_id, c.choice_key, c.text, c.band
				from surveys_choice c join surveys_question q on q.id = c.question_id
				where q.template_id in (:ids)
				order by c.question_id, c.position
				""").param("ids", ids).query((rs) -> {
			String band = rs.getString("band");
			choices.computeIfAbsent(rs.getLong("question_id"), (id) -> new ArrayList<>())
				.add(new ChoiceSummary(rs.getString("choice_key"), rs.getString("text"),
						(band != null) ? NpsBand.valueOf(band) : null));
		});
		Map<Long, List<QuestionSummary>> questions = new LinkedHashMap<>();
		this.jdbc.sql("""
				select q.id, q.template_id, q.question_key, q.kind, q.dimension, q.scale_min, q.scale_max,
				       q.required, q.text
				from surveys_question q
				where q.template_id in (:ids)
				order by q.template_id, q.position
				""").param("ids", ids).query((rs) -> {
			long id = rs.getLong("id");
			questions.computeIfAbsent(rs.getLong("template_id"), (t) -> new ArrayList<>())
				.add(new QuestionSummary(id, rs.getString("question_key"), QuestionKind.valueOf(rs.getString("kind")),
						rs.getString("dimension"), rs.getObject("scale_min", Integer.class),
						rs.getObject("scale_max", Integer.class), rs.getBoolean("required"), rs.getString("text"),
						List.copyOf(choices.getOrDefault(id, List.of()))));
		});
		return templates.stream()
			.map((t) -> new SurveyTemplateSummary(t.id(), t.key(), t.name(), t.description(), t.kind(), t.audience(),
					t.shipped(), List.copyOf(questions.getOrDefault(t.id(), List.of())), t.version()))
			.toList();
	}

}
