package org.rapport.surveys;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Editable copies of the shipped templates: a copy has every question and choice of its
 * template, is reworded, loses optional questions and gains its own; the questions that
 * carry its figures stay; shipped templates and copies already used stay as they are.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class SurveyTemplatesTests {

	@Autowired
	SurveyManagement surveys;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RelationshipMother mother;

	SurveyMother pulses;

	SurveyMother.Organisation organisation;

	@BeforeEach
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.pulses = new SurveyMother(this.mother, this.directory, this.surveys, this.jdbc, this.users);
		this.organisation = this.pulses.organisation();
	}

	@Test
	void aCopyHasEveryQuestionAndChoiceAndAKeyOfItsOwn() {
		String name = "Our pulse " + this.mother.run();
		SurveyTemplateSummary shipped = this.pulses.as("head", () -> this.surveys.template("relationship-pulse"));

		SurveyTemplateSummary copy = this.pulses.as("head",
				() -> this.surveys.copyTemplate("relationship-pulse", name));
		SurveyTemplateSummary again = this.pulses.as("head",
				() -> this.surveys.copyTemplate("relationship-pulse", name));

		assertThat(copy.key()).isEqualTo("our-pulse-" + this.mother.run().toLowerCase());
		assertThat(again.key()).isEqualTo(copy.key() + "-2");
		assertThat(copy.shipped()).isFalse();
		assertThat(copy.kind()).isEqualTo(TemplateKind.PULSE);
		assertThat(copy.questions()).extracting(QuestionSummary::key, QuestionSummary::text)
			.containsExactlyElementsOf(shipped.questions()
				.stream()
				.map((question) -> org.assertj.core.groups.Tuple.tuple(question.key(), question.text()))
				.toList());
		assertThat(copy.questions().get(1).choices()).isEqualTo(shipped.questions().get(1).choices());
	}

	@Test
	void aCopyIsRewordedLosesOptionalQuestionsAndGainsItsOwnUntilItIsUsed() {
		SurveyTemplateSummary copy = this.pulses.as("head",
				() -> this.surveys.copyTemplate("relationship-pulse", "Pulse for Finance " + this.mother.run()));
		List<TemplateChange.QuestionChange> questions = new ArrayList<>();
		questions.add(new TemplateChange.QuestionChange("recommend",
				"How likely are you to recommend the IT team to a colleague in Finance?", true, null, null));
		questions.add(new TemplateChange.QuestionChange("reasons", "What most shaped your answer?", false, null, null));
		questions.add(new TemplateChange.QuestionChange(null, "How well does IT know the month-end close?", true,
				QuestionKind.RATING, 5));

		SurveyTemplateSummary changed = this.pulses.as("head",
				() -> this.surveys.changeTemplate(copy.key(),
						new TemplateChange("Finance pulse " + this.mother.run(), "For Finance only.", questions),
						copy.version()));

		assertThat(changed.version()).isEqualTo(copy.version() + 1);
		assertThat(changed.description()).isEqualTo("For Finance only.");
		assertThat(changed.questions()).extracting(QuestionSummary::key)
			.containsExactly("recommend", "reasons", "question-4");
		assertThat(changed.questions().get(0).text()).endsWith("colleague in Finance?");
		assertThat(changed.questions().get(2)).satisfies((added) -> {
			assertThat(added.kind()).isEqualTo(QuestionKind.RATING);
			assertThat(added.scaleMin()).isEqualTo(1);
			assertThat(added.scaleMax()).isEqualTo(5);
			assertThat(added.required()).isTrue();
		});

		// Answered through a recorded campaign, the added question counts in the results.
		long campaign = this.pulses.as("head", () -> {
			long id = this.surveys
				.create(new CampaignDraft(changed.key(), "Finance " + this.mother.run(), Channel.REVIEW,
						List.of(this.organisation.finance().id()), null, LocalDate.now().plusDays(14), null, null,
						List.of()))
				.id();
			this.surveys.importResponses(id, null, "Score,Close\n9,4\n6,2\n".getBytes(StandardCharsets.UTF_8),
					Map.of("recommend", "Score", "question-4", "Close"), null);
			return id;
		});
		assertThat(this.pulses.as("head", () -> this.surveys.results(campaign, null, null)).figures().means())
			.containsKey("question-4")
			.satisfies((means) -> assertThat(means.get("question-4").value()).isEqualTo(3.0));

		assertThatThrownBy(() -> this.pulses.as("head",
				() -> this.surveys.changeTemplate(changed.key(),
						new TemplateChange(changed.name(), "", questions.subList(0, 2)), null)))
			.isInstanceOfSatisfying(StateConflictException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("error.template.in-use"));
	}

	@Test
	void refusesWhatWouldBreakATemplateAndChangesNothing() {
		SurveyTemplateSummary copy = this.pulses.as("head",
				() -> this.surveys.copyTemplate("relationship-pulse", "Refused " + this.mother.run()));
		List<TemplateChange.QuestionChange> withoutScore = List
			.of(new TemplateChange.QuestionChange("change", "Anything else?", false, null, null));

		assertRefused(copy.key(), new TemplateChange(copy.name(), "", withoutScore), "questions",
				"error.template.question-needed");
		assertRefused(copy.key(),
				new TemplateChange(copy.name(), "",
						List.of(new TemplateChange.QuestionChange("recommend", "Recommend?", true, null, null),
								new TemplateChange.QuestionChange(null, "Rate us", true, QuestionKind.RATING, 4))),
				"questions[1].scaleMax", "error.template.question-scale");
		assertRefused(copy.key(),
				new TemplateChange(copy.name(), "",
						List.of(new TemplateChange.QuestionChange("recommend", " ", true, null, null))),
				"questions[0].text", "error.template.question-text");
		assertRefused(copy.key(),
				new TemplateChange(copy.name(), "",
						List.of(new TemplateChange.QuestionChange("recommend", "Recommend?", true, null, null),
								new TemplateChange.QuestionChange(null, "Pick one", false, QuestionKind.CHOICE, null))),
				"questions[1].kind", "error.template.question-kind");
		assertRefused(copy.key(), new TemplateChange(" ", "", List.of()), "name", "error.template.name");
		assertThatThrownBy(() -> this.pulses.as("head",
				() -> this.surveys.changeTemplate("relationship-pulse", new TemplateChange("Pulse", "", List.of()),
						null)))
			.isInstanceOfSatisfying(StateConflictException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("error.template.shipped"));
		assertThatThrownBy(() -> this.pulses.as("head",
				() -> this.surveys.changeTemplate(copy.key(),
						new TemplateChange("Stale", "",
								copy.questions()
									.stream()
									.map((question) -> new TemplateChange.QuestionChange(question.key(),
											question.text(), question.required(), null, null))
									.toList()),
						copy.version() + 5)))
			.isInstanceOf(StaleVersionException.class);
		assertThatThrownBy(() -> this.pulses.as("staff", () -> this.surveys.copyTemplate("relationship-pulse", "Mine")))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		assertThat(this.pulses.as("head", () -> this.surveys.template(copy.key()))).isEqualTo(copy);
	}

	private void assertRefused(String key, TemplateChange change, String field, String code) {
		assertThatThrownBy(() -> this.pulses.as("head", () -> this.surveys.changeTemplate(key, change, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo(field);
				assertThat(ex.getCode()).isEqualTo(code);
			});
	}

}
