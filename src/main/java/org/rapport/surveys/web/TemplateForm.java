package org.rapport.surveys.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.surveys.QuestionKind;
import org.rapport.surveys.QuestionSummary;
import org.rapport.surveys.SurveyTemplateSummary;
import org.rapport.surveys.TemplateChange;

/**
 * The page form that changes a copy of a template: each question's wording, whether it is
 * required and whether to remove it, and one question to add. The rules are the surveys'
 * API's ({@link org.rapport.surveys.SurveyManagement#changeTemplate}); the form only
 * turns its rows into the change and tells which row a refusal names.
 */
public class TemplateForm {

	private String name;

	private String description;

	private Long version;

	private List<Row> questions = new ArrayList<>();

	private String newText;

	private QuestionKind newKind = QuestionKind.RATING;

	private Integer newScaleMax = 5;

	private boolean newRequired;

	static TemplateForm of(SurveyTemplateSummary template) {
		TemplateForm form = new TemplateForm();
		form.name = template.name();
		form.description = template.description();
		form.version = template.version();
		for (QuestionSummary question : template.questions()) {
			Row row = new Row();
			row.setKey(question.key());
			row.setText(question.text());
			row.setRequired(question.required());
			form.questions.add(row);
		}
		return form;
	}

	/**
	 * The change the form asks for, and the form's field for each of the change's
	 * questions.
	 * @param fields filled with the form field of each field a refusal may name
	 * @return the change
	 */
	TemplateChange toChange(Map<String, String> fields) {
		List<TemplateChange.QuestionChange> changes = new ArrayList<>();
		for (int i = 0; i < this.questions.size(); i++) {
			Row row = this.questions.get(i);
			if (!row.isRemove()) {
				fields.put("questions[" + changes.size() + "].text", "questions[" + i + "].text");
				changes
					.add(new TemplateChange.QuestionChange(row.getKey(), row.getText(), row.isRequired(), null, null));
			}
		}
		if (this.newText != null && !this.newText.isBlank()) {
			String at = "questions[" + changes.size() + "]";
			fields.put(at + ".text", "newText");
			fields.put(at + ".kind", "newKind");
			fields.put(at + ".scaleMax", "newScaleMax");
			changes.add(new TemplateChange.QuestionChange(null, this.newText, this.newRequired, this.newKind,
					this.newScaleMax));
		}
		return new TemplateChange(this.name, this.description, changes);
	}

	TemplateChange toChange() {
		return toChange(new HashMap<>());
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<Row> getQuestions() {
		return this.questions;
	}

	public void setQuestions(List<Row> questions) {
		this.questions = questions;
	}

	public String getNewText() {
		return this.newText;
	}

	public void setNewText(String newText) {
		this.newText = newText;
	}

	public QuestionKind getNewKind() {
		return this.newKind;
	}

	public void setNewKind(QuestionKind newKind) {
		this.newKind = newKind;
	}

	public Integer getNewScaleMax() {
		return this.newScaleMax;
	}

	public void setNewScaleMax(Integer newScaleMax) {
		this.newScaleMax = newScaleMax;
	}

	public boolean isNewRequired() {
		return this.newRequired;
	}

	public void setNewRequired(boolean newRequired) {
		this.newRequired = newRequired;
	}

	/**
	 * One existing question on the form.
	 */
	public static class Row {

		private String key;

		private String text;

		private boolean required;

		private boolean remove;

		public String getKey() {
			return this.key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public boolean isRequired() {
			return this.required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public boolean isRemove() {
			return this.remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

}
