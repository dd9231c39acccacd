package org.rapport.development;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

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

	private <T> T as(String login, Supplier<T> action) {
		return SignedIn.as(this.users, login, action);
	}

}
