package org.rapport.surveys;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
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
		this.finance = this.mother.sample("Results Finance");
		this.legal = this.mother.sample("Results Legal");
		this.pulses = new SurveyMother(this.mother, this.directory, this.surveys, this.jdbc, this.users);
		this.pulses.partners(this.finance, 6);
		this.pulses.partners(this.legal, 2);
		this.mother.account(user("head"), "password-" + this.mother.run(),
				this.mother.itPerson("Results Head", this.finance.itGroupId()), Role.RELATIONSHIP_MANAGER);
		this.mother.account(user("cio"), "password-" + this.mother.run(),
				this.mother.itPerson("Results Cio", this.finance.itGroupId()), Role.CIO);
		this.mother.account(user("staff"), "password-" + this.mother.run(), this.finance.ownerId(), Role.IT_STAFF);
	}

	@Test
	void aPulseShowsNothingUntilItsFifthResponseAndThenTheNpsOfAll() {
		long campaign = launch(Channel.PULSE, this.finance.id());
		List<String> tokens = tokens(campaign, this.finance.id());
		int[] scores = { 10, 9, 6, 0, 8 };
		for (int i = 0; i < 4; i++) {
			answer(tokens.get(i), scores[i], "Comment " + i);
		}

		SurveyResults four = as("cio", () -> this.surveys.results(campaign, null, null));
		assertThat(four.responses()).isEqualTo(4);
		assertThat(four.invitations()).isEqualTo(6);
		assertThat(four.suppressed()).isTrue();
		assertThat(four.figures()).isNull();

		answer(tokens.get(4), scores[4], "Comment 4");
		SurveyResults five = as("cio", () -> this.surveys.results(campaign, null, null));
		// Promoters 10 and 9 (2 of 5, 40 %), passive 8, detractors 6 and 0 (40 %): 40 -
		// 40 = 0.
		assertThat(five.suppressed()).isFalse();
		assertThat(five.nps()).isEqualTo(new SurveyResults.Nps(0, 2, 1, 2));
		assertThat(five.figures().comments()).hasSize(5);
	}

	@Test
	void aSmallGroupIsSuppressedWithItsNextSmallestSiblingAndATooCloseFilterIsRefused() {
		long campaign = launch(Channel.PULSE, this.finance.id(), this.legal.id());
		List<String> financeTokens = tokens(campaign, this.finance.id());
		List<String> legalTokens = tokens(campaign, this.legal.id());
		financeTokens.forEach((token) -> answer(token, 9, null));
		legalTokens.forEach((token) -> answer(token, 2, null));

		SurveyResults byRelationship = as("head", () -> this.surveys.results(campaign, "relationship", null));

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
		assertThatThrownBy(
				() -> as("head", () -> this.surveys.results(campaign, null, "relationship:" + this.finance.id())))
			.isInstanceOf(DisclosureRefusedException.class);
		// Another user who saw nothing yet is shown Finance's six.
		SurveyResults financeOnly = as("cio",
				() -> this.surveys.results(campaign, null, "relationship:" + this.finance.id()));
		assertThat(financeOnly.responses()).isEqualTo(6);
		assertThat(financeOnly.nps().score()).isEqualTo(100);
		// and then not the whole, which would give Legal's 2 away beside it.
		assertThatThrownBy(() -> as("cio", () -> this.surveys.results(campaign, null, null)))
			.isInstanceOf(DisclosureRefusedException.class);
	}

	@Test
	void commentsNeedTheirOwnMinimumAndAReviewIsShownInFull() {
		long pulse = launch(Channel.PULSE, 5, 6, this.finance.id());
		List<String> tokens = tokens(pulse, this.finance.id());
		tokens.subList(0, 5).forEach((token) -> answer(token, 7, "Slow to call back"));
		SurveyResults results = as("head", () -> this.surveys.results(pulse, null, null));
		assertThat(results.nps()).isNotNull();
		assertThat(results.figures().comments()).isNull();

		long review = launch(Channel.REVIEW, this.legal.id());
		answer(tokens(review, this.legal.id()).get(0), 10, "Named and glad");
		SurveyResults reviewed = as("head", () -> this.surveys.results(review, null, null));
		assertThat(reviewed.suppressed()).isFalse();
		assertThat(reviewed.nps().score()).isEqualTo(100);
		assertThat(reviewed.figures().comments()).containsExactly("Named and glad");
		assertThat(reviewed.respondents()).singleElement().satisfies((respondent) -> {
			assertThat(respondent.name()).isEqualTo(this.legal.relationship().counterpartName() + " Partner 1");
			assertThat(respondent.score()).isEqualTo(10);
			assertThat(respondent.comments()).containsExactly("Named and glad");
		});
		assertThat(results.respondents()).isEmpty();
		assertThatThrownBy(() -> as("staff", () -> this.surveys.results(review, null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private long launch(Channel channel, Long... relationshipIds) {
		return launch(channel, 5, 5, relationshipIds);
	}

	private long launch(Channel channel, int minimum, int commentMinimum, Long... relationshipIds) {
		return this.pulses.launch(user("head"), channel, minimum, commentMinimum, List.of(), relationshipIds);
	}

	private List<String> tokens(long campaign, long relationship) {
		return this.pulses.tokens(campaign, relationship);
	}

	private void answer(String token, int score, String comment) {
		this.pulses.answer(token, score, comment);
	}

	private String user(String name) {
		return name + "-" + this.mother.run();
	}

	private <T> T as(String username, java.util.function.Supplier<T> action) {
		return SignedIn.as(this.users, user(username), action);
	}

}
