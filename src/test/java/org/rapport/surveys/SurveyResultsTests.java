package org.rapport.surveys;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A pulse's results: nothing below the campaign's minimum, a small group's sibling held
 * back with it, comments only above their own minimum, a filter refused that would single
 * out a few respondents beside what the same user saw, and an attributed review shown in
 * full.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class SurveyResultsTests {

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

	RelationshipMother.Sample finance;

	RelationshipMother.Sample legal;

	SurveyMother pulses;

	@BeforeEach
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.pulses = new SurveyMother(this.mother, this.directory, this.surveys, this.jdbc, this.users);
		SurveyMother.Organisation organisation = this.pulses.organisation();
		this.finance = organisation.finance();
		this.legal = organisation.legal();
	}

	@Test
	void aPulseShowsNothingUntilItsFifthResponseAndThenTheNpsOfAll() {
		long campaign = launch(Channel.PULSE, this.finance.id());
		List<String> tokens = this.pulses.tokens(campaign, this.finance.id());
		int[] scores = { 10, 9, 6, 0, 8 };
		for (int i = 0; i < 4; i++) {
			this.pulses.answer(tokens.get(i), scores[i], "Comment " + i);
		}

		SurveyResults four = this.pulses.as("cio", () -> this.surveys.results(campaign, null, null));
		assertThat(four.responses()).isEqualTo(4);
		assertThat(four.invitations()).isEqualTo(6);
		assertThat(four.suppressed()).isTrue();
		assertThat(four.figures()).isNull();

		this.pulses.answer(tokens.get(4), scores[4], "Comment 4");
		SurveyResults five = this.pulses.as("cio", () -> this.surveys.results(campaign, null, null));
		// Promoters 10 and 9 (2 of 5, 40 %), passive 8, detractors 6 and 0 (40 %): 40 -
		// 40 = 0.
		assertThat(five.suppressed()).isFalse();
		assertThat(five.nps()).isEqualTo(new SurveyResults.Nps(0, 2, 1, 2));
		assertThat(five.figures().comments()).hasSize(5);
	}

	@Test
	void aSmallGroupIsSuppressedWithItsNextSmallestSiblingAndATooCloseFilterIsRefused() {
		long campaign = launch(Channel.PULSE, this.finance.id(), this.legal.id());
		List<String> financeTokens = this.pulses.tokens(campaign, this.finance.id());
		List<String> legalTokens = this.pulses.tokens(campaign, this.legal.id());
		financeTokens.forEach((token) -> this.pulses.answer(token, 9, null));
		legalTokens.forEach((token) -> this.pulses.answer(token, 2, null));

		SurveyResults byRelationship = this.pulses.as("head",
				() -> this.surveys.results(campaign, "relationship", null));

		// 8 responses in all: the whole shows; Legal's 2 are too few, and Finance is held
		// back
		// too, or its 6 subtracted from the whole would give Legal's 2 away.
		assertThat(byRelationship.suppressed()).isFalse();
		assertThat(byRelationship.nps().score()).isEqualTo(50);
		assertThat(byRelationship.groups()).extracting(SurveyResults.Group::responses)
			.containsExactlyInAnyOrder(6L, 2L);
		assertThat(byRelationship.groups()).allSatisfy((group) -> {
			assertThat(group.suppressed()).isTrue();
			assertThat(group.figures()).isNull();
		});
		// Finance alone differs from the whole the same user saw by Legal's 2: refused.
		assertThatThrownBy(() -> this.pulses.as("head",
				() -> this.surveys.results(campaign, null, "relationship:" + this.finance.id())))
			.isInstanceOf(DisclosureRefusedException.class);
		// Another user who saw nothing yet is shown Finance's six.
		SurveyResults financeOnly = this.pulses.as("cio",
				() -> this.surveys.results(campaign, null, "relationship:" + this.finance.id()));
		assertThat(financeOnly.responses()).isEqualTo(6);
		assertThat(financeOnly.nps().score()).isEqualTo(100);
		// and then not the whole, which would give Legal's 2 away beside it.
		assertThatThrownBy(() -> this.pulses.as("cio", () -> this.surveys.results(campaign, null, null)))
			.isInstanceOf(DisclosureRefusedException.class);
	}

	@Test
	void commentsNeedTheirOwnMinimumAndAReviewIsShownInFull() {
		long pulse = launch(Channel.PULSE, 5, 6, this.finance.id());
		List<String> tokens = this.pulses.tokens(pulse, this.finance.id());
		tokens.subList(0, 5).forEach((token) -> this.pulses.answer(token, 7, "Slow to call back"));
		SurveyResults results = this.pulses.as("head", () -> this.surveys.results(pulse, null, null));
		assertThat(results.nps()).isNotNull();
		assertThat(results.figures().comments()).isNull();

		long review = launch(Channel.REVIEW, this.legal.id());
		this.pulses.answer(this.pulses.tokens(review, this.legal.id()).get(0), 10, "Named and glad");
		SurveyResults reviewed = this.pulses.as("head", () -> this.surveys.results(review, null, null));
		assertThat(reviewed.suppressed()).isFalse();
		assertThat(reviewed.nps().score()).isEqualTo(100);
		assertThat(reviewed.figures().comments()).containsExactly("Named and glad");
		assertThat(reviewed.respondents()).singleElement().satisfies((respondent) -> {
			assertThat(respondent.name()).isEqualTo(this.legal.relationship().counterpartName() + " Partner 1");
			assertThat(respondent.score()).isEqualTo(10);
			assertThat(respondent.comments()).containsExactly("Named and glad");
		});
		assertThat(results.respondents()).isEmpty();
		assertThatThrownBy(() -> this.pulses.as("staff", () -> this.surveys.results(review, null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private long launch(Channel channel, Long... relationshipIds) {
		return launch(channel, 5, 5, relationshipIds);
	}

	private long launch(Channel channel, int minimum, int commentMinimum, Long... relationshipIds) {
		return this.pulses.launch(channel, minimum, commentMinimum, List.of(), relationshipIds);
	}

}
