package org.rapport.development;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.surveys.CampaignDraft;
import org.rapport.surveys.Channel;
import org.rapport.surveys.PartnerConcern;
import org.rapport.surveys.PartnerConcerns;
import org.rapport.surveys.SurveyManagement;
import org.rapport.surveys.SurveyMother;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Suggestions from data: Sam rates their own clear communication 4 and their manager
 * rates it 1, so the others' mean (1) is below the middle of the scale and clear
 * communication is a gap; Sam is offered the course that develops it and the programme
 * open for sign-up in which a mentor offers it. Someone without a closed 360 is offered
 * nothing yet.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class SuggestionsTests {

	@Autowired
	Suggestions suggestions;

	@Autowired
	FeedbackRounds rounds;

	@Autowired
	Trainings trainings;

	@Autowired
	Mentoring mentoring;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	UserDetailsService users;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	PartnerConcerns partnerConcerns;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGapFromThe360IsOfferedItsTrainingAndAMentorStrongInIt() {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long it = mother.itGroup("Suggest IT");
		long mia = mother.person("Suggest Mia", it, true, null);
		long sam = mother.person("Suggest Sam", it, true, mia);
		long ada = mother.person("Suggest Ada", it, true, null);
		String samLogin = "suggest-sam-" + mother.run();
		String adaLogin = "suggest-ada-" + mother.run();
		String newcomerLogin = "suggest-new-" + mother.run();
		mother.account(samLogin, "sam-password-1", sam, Role.IT_STAFF);
		mother.account(adaLogin, "ada-password-1", ada, Role.IT_STAFF);
		mother.account(newcomerLogin, "new-password-1", mother.person("Suggest New", it, true, mia), Role.IT_STAFF);
		SignedIn.withRole("suggest-admin", Role.ADMIN,
				() -> this.rounds.recordEarlier(sam, LocalDate.now().minusDays(10),
						List.of(new EarlierRater(sam, RaterGroup.SELF, Map.of("clear-communication", 4, "empathy", 3),
								Map.of()),
								new EarlierRater(mia, RaterGroup.MANAGER,
										Map.of("clear-communication", 1, "empathy", 3), Map.of()))));
		TrainingSummary course = SignedIn.withRole("suggest-head", Role.RELATIONSHIP_MANAGER,
				() -> this.trainings.add(new TrainingDraft("Suggest: plain words for outages " + mother.run(),
						"Writing about an outage for the business.", true, null, TrainingFormat.WORKSHOP, 180,
						List.of("clear-communication"), null)));
		ProgrammeSummary programme = SignedIn.withRole("suggest-head", Role.RELATIONSHIP_MANAGER,
				() -> this.mentoring.create(new ProgrammeDraft("Suggest programme " + mother.run(), "For the test.")));
		SignedIn.as(this.users, adaLogin, () -> this.mentoring.signUpAsMentor(programme.id(),
				new MentorDraft(List.of("clear-communication"), 2)));

		List<Suggestions.Suggestion> mine = as(samLogin, () -> this.suggestions.mine());

		assertThat(mine).singleElement().satisfies((suggestion) -> {
			assertThat(suggestion.competency().key()).isEqualTo("clear-communication");
			assertThat(suggestion.trainings()).extracting(TrainingSummary::id).contains(course.id());
			assertThat(suggestion.mentoring()).singleElement().satisfies((offer) -> {
				assertThat(offer.programmeId()).isEqualTo(programme.id());
				assertThat(offer.mentors()).isEqualTo(1);
			});
		});
		assertThat(as(newcomerLogin, () -> this.suggestions.mine())).isEmpty();
	}

	@Test
	void whatPartnersRateLowInATrustAssessmentIsSuggestedAndOnlyWhereTheOwnersGroupShows() {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		SurveyMother pulses = new SurveyMother(mother, this.directory, this.surveys, this.jdbc, this.users);
		SurveyMother.Organisation organisation = pulses.organisation();
		RelationshipMother.Sample finance = organisation.finance();
		RelationshipMother.Sample legal = organisation.legal();
		// Six trust ratings for each owner. Legal's owner: credibility 30/6 = 5.0 and
		// intimacy 24/6 = 4.0 below the middle of 5.5, reliability 33/6 = 5.5 not below
		// it, and self-orientation 36/6 = 6.0 above it. Finance's owner is rated high.
		String csv = "Rel,C,R,I,S\n"
				+ rows(finance.id(), "8,9,7,3", "7,8,6,4", "9,9,8,2", "6,7,5,5", "8,8,7,3", "7,9,6,4")
				+ rows(legal.id(), "5,6,4,6", "4,5,3,7", "6,6,5,5", "5,5,4,6", "4,6,4,7", "6,5,4,5");
		pulses.as("head", () -> {
			long id = this.surveys
				.create(new CampaignDraft("partner-trust", "Trust " + mother.run(), Channel.PULSE,
						List.of(finance.id(), legal.id()), null, LocalDate.now().plusDays(14), null, null, List.of()))
				.id();
			return this.surveys.importResponses(
					id, null, csv.getBytes(StandardCharsets.UTF_8), Map.of("relationship", "Rel", "credibility", "C",
							"reliability", "R", "intimacy", "I", "self-orientation", "S"),
					LocalDate.now().minusDays(5));
		});
		String legalLogin = "suggest-legal-" + mother.run();
		mother.account(legalLogin, "legal-password-1", legal.ownerId(), Role.IT_STAFF);

		List<Suggestions.Suggestion> mine = as(legalLogin, () -> this.suggestions.mine());

		assertThat(mine).extracting((suggestion) -> suggestion.competency().key())
			.containsExactly("active-listening", "empathy", "business-understanding");
		assertThat(mine.get(0).reasons()).singleElement().satisfies((reason) -> {
			assertThat(reason.source()).isEqualTo(GapSource.TRUST);
			assertThat(reason.dimension()).isEqualTo("SELF_ORIENTATION");
			assertThat(reason.rating()).isEqualTo(6.0);
			assertThat(reason.campaignName()).isEqualTo("Trust " + mother.run());
		});
		assertThat(mine.get(1).reasons()).extracting(GapReason::dimension, GapReason::rating)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("INTIMACY", 4.0));
		assertThat(pulses.as("staff", () -> this.suggestions.mine())).isEmpty();
		// Partners' concerns are the owner's and the steerers' to read.
		assertThatThrownBy(() -> pulses.as("staff", () -> this.partnerConcerns.of(legal.ownerId())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(pulses.as("cio", () -> this.partnerConcerns.of(legal.ownerId())))
			.extracting(PartnerConcern::dimension)
			.containsExactlyInAnyOrder("CREDIBILITY", "INTIMACY", "SELF_ORIENTATION");
		assertThat(pulses.as("head", () -> this.partnerConcerns.of(List.of(legal.ownerId(), finance.ownerId()))))
			.containsOnlyKeys(legal.ownerId(), finance.ownerId())
			.satisfies((all) -> assertThat(all.get(finance.ownerId())).isEmpty());
	}

	@Test
	void anOwnersGroupTooSmallToShowSuggestsNothing() {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		SurveyMother pulses = new SurveyMother(mother, this.directory, this.surveys, this.jdbc, this.users);
		SurveyMother.Organisation organisation = pulses.organisation();
		RelationshipMother.Sample legal = organisation.legal();
		// Two low ratings for Legal's owner, fewer than the campaign's minimum.
		String csv = "Rel,C,R,I,S\n"
				+ rows(organisation.finance().id(), "8,9,7,3", "7,8,6,4", "9,9,8,2", "6,7,5,5", "8,8,7,3", "7,9,6,4")
				+ rows(legal.id(), "2,2,2,9", "3,3,3,8");
		pulses.as("head", () -> {
			long id = this.surveys
				.create(new CampaignDraft("partner-trust", "Small trust " + mother.run(), Channel.PULSE,
						List.of(organisation.finance().id(), legal.id()), null, LocalDate.now().plusDays(14), null,
						null, List.of()))
				.id();
			return this.surveys.importResponses(
					id, null, csv.getBytes(StandardCharsets.UTF_8), Map.of("relationship", "Rel", "credibility", "C",
							"reliability", "R", "intimacy", "I", "self-orientation", "S"),
					LocalDate.now().minusDays(5));
		});
		String legalLogin = "suggest-small-" + mother.run();
		mother.account(legalLogin, "legal-password-1", legal.ownerId(), Role.IT_STAFF);

		assertThat(as(legalLogin, () -> this.suggestions.mine())).isEmpty();
	}

	private static String rows(long relationship, String... ratings) {
		StringBuilder rows = new StringBuilder();
		for (String rating : ratings) {
			rows.append(relationship).append(',').append(rating).append('\n');
		}
		return rows.toString();
	}

	private <T> T as(String login, Supplier<T> action) {
		return SignedIn.as(this.users, login, action);
	}

}
