package org.rapport.surveys;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders go on the days after launch that the campaign names, once a day, only to
 * those who have not answered, each with a new link to the same invitation while the
 * first link still works.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class SurveyRemindersTests {

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
	Reminders reminders;

	@Autowired
	TransactionTemplate transactions;

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
	void remindsThoseWhoHaveNotAnsweredOnTheirDayOnceWithALinkThatOpensTheSameInvitation() {
		long campaign = launch(Channel.PULSE, this.finance.id());
		List<String> tokens = this.pulses.tokens(campaign, this.finance.id());
		this.pulses.answer(tokens.get(0), 9, null);
		this.pulses.answer(tokens.get(1), 6, null);
		assertThat(SurveyJob.remind(this.reminders, this.transactions)).isZero();

		// Three days after launch, the first reminder day of the schedule (3, 7).
		this.jdbc.sql("update surveys_campaign set launched_at = :then where id = :id")
			.param("then", java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(3))))
			.param("id", campaign)
			.update();
		int reminded = SurveyJob.remind(this.reminders, this.transactions);

		assertThat(reminded).isEqualTo(4);
		List<String> arguments = this.jdbc
			.sql("select arguments from notification_email where template = 'surveys/reminder' and wave = :wave")
			.param("wave", SurveyManagement.wave(campaign))
			.query(String.class)
			.list();
		assertThat(arguments).hasSize(4);
		assertThat(SurveyJob.remind(this.reminders, this.transactions)).isZero();
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/s/([A-Za-z0-9_-]{22})")
			.matcher(arguments.get(0));
		assertThat(link.find()).isTrue();
		String reminderToken = link.group(1);
		assertThat(tokens).doesNotContain(reminderToken);
		this.surveys.respond(reminderToken, Map.of("recommend", new Answer(10, null, null, null, null)));
		// The invitation is answered, whichever of its links was used.
		assertThat(this.surveys.survey(reminderToken).state()).isEqualTo(RespondentSurvey.State.ANSWERED);
		long stillOpen = tokens.stream()
			.filter((token) -> this.surveys.survey(token).state() == RespondentSurvey.State.OPEN)
			.count();
		assertThat(stillOpen).isEqualTo(3);
	}

	private long launch(Channel channel, Long... relationshipIds) {
		return launch(channel, 5, 5, relationshipIds);
	}

	private long launch(Channel channel, int minimum, int commentMinimum, Long... relationshipIds) {
		return this.pulses.launch(channel, minimum, commentMinimum, List.of(3, 7), relationshipIds);
	}

}
