package org.rapport.surveys;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.shared.LinkTokens;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Stance;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;
import org.rapport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A campaign is prepared, launched to the stakeholders of its relationships, and answered
 * once per link; an anonymous pulse stores no link between a response and whoever gave
 * it; reading a link changes nothing; bad answers store nothing.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class SurveyResponsesTests {

	@Autowired
	SurveyManagement surveys;

	@Autowired
	Invitations invitations;

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

	RelationshipMother.Sample sample;

	long campaignId;

	@BeforeEach
	void sample() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.sample = this.mother.sample("Pulse");
		for (int n = 1; n <= 3; n++) {
			String i = String.valueOf(n);
			long person = SignedIn.asSystem(
					() -> this.directory
						.createPerson(new PersonDraft(this.mother.named("Pulse Partner " + i), null,
								"partner" + i + "." + this.mother.run() + "@example.com", null,
								this.sample.counterpartId(), null, false))
						.id());
			this.mother.stakeholder(this.sample.id(), person, Stance.NEUTRAL, null);
		}
		this.mother.account(user("head"), "password-" + this.mother.run(),
				this.mother.itPerson("Pulse Head", this.sample.itGroupId()), Role.RELATIONSHIP_MANAGER);
		this.mother.account(user("staff"), "password-" + this.mother.run(), this.sample.ownerId(), Role.IT_STAFF);
	}

	@Test
	void launchInvitesTheStakeholdersWithAnEmailAddressOncePerRelationship() {
		CampaignSummary campaign = as("head", () -> this.surveys.create(pulse()));
		assertThat(campaign.state()).isEqualTo(CampaignState.DRAFT);

		SurveyManagement.Launch launch = as("head", () -> this.surveys.launch(campaign.id(), campaign.version()));

		// Three partners with addresses; the sample's buyer has none and is named.
		assertThat(launch.invited()).isEqualTo(3);
		assertThat(launch.withoutEmail()).containsExactly(this.mother.named("Pulse Buyer"));
		assertThat(launch.campaign().state()).isEqualTo(CampaignState.OPEN);
		assertThat(launch.campaign().invitations()).isEqualTo(3);
		assertThatThrownBy(() -> as("head", () -> this.surveys.launch(campaign.id(), null)))
			.isInstanceOf(StateConflictException.class);
		assertThat(count("select count(*) from surveys_invitation where campaign_id = " + campaign.id())).isEqualTo(3);
	}

	@Test
	void onlyThoseWhoSteerThePortfolioPrepareCampaigns() {
		assertThatThrownBy(() -> as("staff", () -> this.surveys.create(pulse())))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aCampaignNamesTheFieldThatBreaksARule() {
		CampaignDraft good = pulse();
		assertThatThrownBy(() -> as("head",
				() -> this.surveys.create(new CampaignDraft("no-such", good.name(), good.channel(),
						good.relationshipIds(), null, good.closesOn(), null, null, List.of()))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("templateKey"));
		assertThatThrownBy(() -> as("head",
				() -> this.surveys.create(new CampaignDraft(good.templateKey(), good.name(), good.channel(),
						good.relationshipIds(), null, good.closesOn(), 2, null, List.of()))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("minimumResponses"));
		assertThatThrownBy(() -> as("head",
				() -> this.surveys.create(new CampaignDraft(good.templateKey(), good.name(), good.channel(), List.of(),
						null, good.closesOn(), null, null, List.of()))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("relationshipIds"));
		assertThatThrownBy(() -> as("head",
				() -> this.surveys.create(new CampaignDraft(good.templateKey(), good.name(), good.channel(),
						good.relationshipIds(), null, LocalDate.now().plusDays(5), null, null, List.of(9)))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("reminderDays"));
	}

	@Test
	void anAnonymousResponseIsStoredWithoutItsInvitationOrRespondent() {
		String token = launchAndTakeAToken();

		RespondentSurvey answered = this.surveys.respond(token, Map.of("recommend", score(9), "reasons",
				new Answer(null, null, null, List.of("explains"), null), "change", comment("  More visits  ")));

		assertThat(answered.state()).isEqualTo(RespondentSurvey.State.ANSWERED);
		Map<String, Object> response = this.jdbc.sql(
				"select invitation_id, respondent_id, relationship_id, unit_id from surveys_response where campaign_id = "
						+ this.campaignId)
			.query()
			.singleRow();
		assertThat(response.get("invitation_id")).isNull();
		assertThat(response.get("respondent_id")).isNull();
		assertThat(((Number) response.get("relationship_id")).longValue()).isEqualTo(this.sample.id());
		assertThat(this.jdbc.sql("""
				select a.comment from surveys_answer a join surveys_response r on r.id = a.response_id
				where a.comment is not null and r.campaign_id = """ + this.campaignId).query(String.class).single())
			.isEqualTo("More visits");
		assertThat(count("select count(*) from surveys_invitation where used and campaign_id = " + this.campaignId))
			.isEqualTo(1);
	}

	@Test
	void aLinkIsAnsweredOnceEvenWhenTwoAnswersArriveAtOnce() throws Exception {
		String token = launchAndTakeAToken();
		Callable<String> answer = () -> {
			try {
				this.surveys.respond(token, Map.of("recommend", score(3)));
				return "recorded";
			}
			catch (StateConflictException ex) {
				return ex.getCode();
			}
		};
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> outcomes = pool.invokeAll(List.of(answer, answer, answer, answer));
			List<String> results = new java.util.ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			assertThat(results).containsOnlyOnce("recorded");
			assertThat(results).filteredOn("error.survey.answered"::equals).hasSize(3);
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("select count(*) from surveys_response where campaign_id = " + this.campaignId)).isEqualTo(1);
	}

	@Test
	void readingALinkChangesNothing() {
		String token = launchAndTakeAToken();
		Map<String, Object> before = snapshot();

		RespondentSurvey survey = this.surveys.survey(token);

		assertThat(survey.state()).isEqualTo(RespondentSurvey.State.OPEN);
		assertThat(survey.channel()).isEqualTo(Channel.PULSE);
		assertThat(survey.respondentName()).isNull();
		assertThat(survey.template().key()).isEqualTo("relationship-pulse");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void badAnswersNameTheQuestionAndStoreNothing() {
		String token = launchAndTakeAToken();

		assertThatThrownBy(() -> this.surveys.respond(token, Map.of("recommend", score(11)))).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("answers.recommend"));
		assertThatThrownBy(() -> this.surveys.respond(token, Map.of("change", comment("No score"))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("answers.recommend"));
		// A promoter's reason is not offered to a detractor.
		assertThatThrownBy(() -> this.surveys.respond(token,
				Map.of("recommend", score(2), "reasons", new Answer(null, null, null, List.of("explains"), null))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("answers.reasons"));
		assertThat(count("select count(*) from surveys_response where campaign_id = " + this.campaignId)).isZero();
		assertThat(count("select count(*) from surveys_invitation where used and campaign_id = " + this.campaignId))
			.isZero();
		assertThatThrownBy(() -> this.surveys.survey("AAAAAAAAAAAAAAAAAAAAAA")).isInstanceOf(SurveyLinkException.class);
		assertThatThrownBy(() -> this.surveys.survey("not a token")).isInstanceOf(SurveyLinkException.class);
	}

	private String launchAndTakeAToken() {
		CampaignSummary campaign = as("head", () -> this.surveys.create(pulse()));
		this.campaignId = campaign.id();
		SignedIn.as(this.users, user("head"), () -> this.surveys.launch(campaign.id(), null));
		// The tokens leave Rapport only in the invitations' emails; here one is put in
		// place
		// beside the one its email carried, as a reminder's link is.
		String token = LinkTokens.next();
		long invitation = this.jdbc.sql("select min(id) from surveys_invitation where campaign_id = :c")
			.param("c", campaign.id())
			.query(Long.class)
			.single();
		this.jdbc.sql(
				"insert into surveys_invitation_token (token_hash, invitation_id, issued_at) values (:hash, :id, current_timestamp)")
			.param("hash", LinkTokens.hash(token))
			.param("id", invitation)
			.update();
		return token;
	}

	private Map<String, Object> snapshot() {
		Map<String, Object> counts = new HashMap<>();
		for (String table : List.of("surveys_response", "surveys_answer", "surveys_campaign")) {
			counts.put(table, count("select count(*) from " + table));
		}
		counts.put("used",
				count("select count(*) from surveys_invitation where used and campaign_id = " + this.campaignId));
		counts.put("versions", count("select coalesce(sum(version), 0) from surveys_campaign"));
		return counts;
	}

	private CampaignDraft pulse() {
		return new CampaignDraft("relationship-pulse", "Pulse " + this.mother.run(), Channel.PULSE,
				List.of(this.sample.id()), null, LocalDate.now().plusDays(14), null, null, List.of(3, 7));
	}

	private static Answer score(int score) {
		return new Answer(score, null, null, null, null);
	}

	private static Answer comment(String text) {
		return new Answer(null, null, null, null, text);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private String user(String name) {
		return name + "-" + this.mother.run();
	}

	private <T> T as(String username, java.util.function.Supplier<T> action) {
		return SignedIn.as(this.users, user(username), action);
	}

}
