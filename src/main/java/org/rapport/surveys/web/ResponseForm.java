package org.rapport.surveys.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.surveys.Answer;

/**
 * The respondent page's form: one answer per question key, as
 * {@code answers[recommend].score} and the like.
 */
public class ResponseForm {

	private Map<String, AnswerForm> answers = new LinkedHashMap<>();

	public Map<String, AnswerForm> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<String, AnswerForm> answers) {
		this.answers = answers;
	}

	Map<String, Answer> toAnswers() {
		Map<String, Answer> result = new LinkedHashMap<>();
		this.answers.forEach((key, answer) -> {
			if (answer != null) {
				result.put(key, new Answer(answer.getScore(), answer.getMinimum(), answer.getDesired(),
						(answer.getChoices() != null) ? answer.getChoices() : List.of(), answer.getComment()));
			}
		});
		return result;
	}

	/**
	 * One question's answer as the page posts it.
	 */
	public static class AnswerForm {

		private Integer score;

		private Integer minimum;

		private Integer desired;

		private List<String> choices;

		private String comment;

		public Integer getScore() {
			return this.score;
		}

		public void setScore(Integer score) {
			this.score = score;
		}

		public Integer getMinimum() {
			return this.minimum;
		}

		public void setMinimum(Integer minimum) {
			this.minimum = minimum;
		}

		public Integer getDesired() {
			return this.desired;
		}

		public void setDesired(Integer desired) {
			this.desired = desired;
		}

		public List<String> getChoices() {
			return this.choices;
		}

		public void setChoices(List<String> choices) {
			this.choices = choices;
		}

		public String getComment() {
			return this.comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}

	}

}
