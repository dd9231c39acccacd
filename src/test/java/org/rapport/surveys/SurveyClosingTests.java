package org.rapport.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.health.ComponentScore;
import org.rapport.health.HealthComponent;
import org.rapport.health.HealthManagement;
import org.rapport.shared.StateConflictException;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Closing a campaign, by hand or when its last day has passed: its links stop taking
 * answers, and what it measured of each relationship's perception goes into health for
 * the relationships whose responses reach the minimum, and only for them.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@RecordApplicationEvents
class SurveyClosingTests {

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

	@Autowired
	HealthManagement health;

	@Autowired
	Closing closing;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

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
	void closingFeedsThePerceptionOfTheRelationshipsWithEnoughResponsesOnly() {
		long campaign = launch(Channel.PULSE, this.finance.id(), this.legal.id());
		List<String> financeTokens = this.pulses.tokens(campaign, this.finance.id());
		int[] scores = { 10, 10, 9, 7, 3, 8 };
		for (int i = 0; i < financeTokens.size(); i++) {
			this.pulses.answer(financeTokens.get(i), scores[i], (i == 4) ? "You never explain\n  what changed." : null);
		}
		// Legal's partners do not answer: a group of one or two would be too few, and
		// would
		// hold Finance back with it (see SurveyResultsTests).
		assertThat(perception(this.finance.id())).isNull();

		CampaignSummary closed = this.pulses.as("head", () -> this.surveys.close(campaign, null));

		assertThat(closed.state()).isEqualTo(CampaignState.CLOSED);
		// Finance: promoters 10, 10, 9 (3 of 6, 50 %), detractor 3 (1 of 6, 17 %):
		// NPS 50 - 17 = 33, on 0 to 100 (33 + 100) / 2 = 66.5, rounded 67.
		assertThat(this.events.stream(PerceptionMeasured.class)).singleElement().satisfies((measured) -> {
			assertThat(measured.relationshipId()).isEqualTo(this.finance.id());
			assertThat(measured.nps()).isEqualTo(33);
			assertThat(measured.score()).isEqualTo(67);
			assertThat(measured.responses()).isEqualTo(6);
			// Six responses reach the comment minimum of five: the comment can be read.
			assertThat(measured.comments()).containsExactly("You never explain\n  what changed.");
		});
		assertThat(perception(this.finance.id())).isNotNull().satisfies((component) -> {
			assertThat(component.value()).isEqualTo(0.67);
			assertThat(component.explanation()).isEqualTo(
					"Perception from the latest surveys is 67 out of 100. Partners said: \u201CYou never explain what changed.\u201D");
		});
		assertThat(perception(this.legal.id())).isNull();
		assertThatThrownBy(() -> this.surveys.respond(financeTokens.get(0), Map.of())).isInstanceOfSatisfying(
				StateConflictException.class, (ex) -> assertThat(ex.getCode()).isEqualTo("error.survey.closed"));
		assertThatThrownBy(() -> this.pulses.as("head", () -> this.surveys.close(campaign, null)))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void theJobClosesCampaignsWhoseLastDayHasPassedOnce() {
		long campaign = launch(Channel.PULSE, this.finance.id());
		this.jdbc.sql("update surveys_campaign set closes_on = :yesterday, opens_on = :yesterday where id = :id")
			.param("yesterday", LocalDate.now().minusDays(1))
			.param("id", campaign)
			.update();

		int closed = SurveyJob.run(this.closing, this.transactions);

		assertThat(closed).isGreaterThanOrEqualTo(1);
		assertThat(this.pulses.as("head", () -> this.surveys.campaign(campaign)).state())
			.isEqualTo(CampaignState.CLOSED);
		assertThat(this.events.stream(CampaignClosed.class)).filteredOn((event) -> event.campaignId() == campaign)
			.singleElement()
			.satisfies((event) -> assertThat(event.actor()).isEqualTo("system"));
		assertThat(this.closing.due()).doesNotContain(campaign);
	}

	private ComponentScore perception(long relationship) {
		return SignedIn.asSystem(() -> this.health.health(relationship))
			.components()
			.stream()
			.filter((component) -> component.name() == HealthComponent.PERCEPTION)
			.findFirst()
			.orElse(null);
	}

	private long launch(Channel channel, Long... relationshipIds) {
		return launch(channel, 5, 5, relationshipIds);
	}

	private long launch(Channel channel, int minimum, int commentMinimum, Long... relationshipIds) {
		return this.pulses.launch(channel, minimum, commentMinimum, List.of(), relationshipIds);
	}

}
