package org.rapport.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.rapport.shared.LinkTokens;
import org.rapport.SignedIn;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDraft;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Stance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds what survey tests stand on: partners with email addresses as stakeholders of a
 * relationship, campaigns launched to them, links whose tokens the test knows, and
 * answers.
 */
public final class SurveyMother {

	private final RelationshipMother mother;

	private final DirectoryManagement directory;

	private final SurveyManagement surveys;

	private final JdbcClient jdbc;

	private final UserDetailsService users;

	public SurveyMother(RelationshipMother mother, DirectoryManagement directory, SurveyManagement surveys,
			JdbcClient jdbc, UserDetailsService users) {
		this.mother = mother;
		this.directory = directory;
		this.surveys = surveys;
		this.jdbc = jdbc;
		this.users = users;
	}

	/**
	 * Two relationships with partners to ask, Finance with six and Legal with two, and
	 * accounts for a head of relationship management ({@code head}), a CIO ({@code cio})
	 * and Finance's owner ({@code staff}).
	 * @return the two relationships
	 */
	public Organisation organisation() {
		RelationshipMother.Sample finance = this.mother.sample("Pulse Finance");
		RelationshipMother.Sample legal = this.mother.sample("Pulse Legal");
		partners(finance, 6);
		partners(legal, 2);
		String password = password();
		this.mother.account(user("head"), password, this.mother.itPerson("Pulse Head", finance.itGroupId()),
				Role.RELATIONSHIP_MANAGER);
		this.mother.account(user("cio"), password, this.mother.itPerson("Pulse Cio", finance.itGroupId()), Role.CIO);
		this.mother.account(user("staff"), password, finance.ownerId(), Role.IT_STAFF);
		return new Organisation(finance, legal);
	}

	/**
	 * The password of {@link #organisation()}'s accounts.
	 * @return the password
	 */
	public String password() {
		return "password-" + this.mother.run();
	}

	/**
	 * The credentials of one of {@link #organisation()}'s accounts for the API.
	 * @param role {@code head}, {@code cio} or {@code staff}
	 * @return {@code username:password}
	 */
	public String credentials(String role) {
		return user(role) + ":" + password();
	}

	/**
	 * The user name of one of {@link #organisation()}'s accounts.
	 * @param role {@code head}, {@code cio} or {@code staff}
	 * @return the user name
	 */
	public String user(String role) {
		return role + "-" + this.mother.run();
	}

	/**
	 * Runs an action signed in as one of {@link #organisation()}'s accounts.
	 * @param <T> what the action gives back
	 * @param role {@code head}, {@code cio} or {@code staff}
	 * @param action the action
	 * @return what it gave back
	 */
	public <T> T as(String role, Supplier<T> action) {
		return SignedIn.as(this.users, user(role), action);
	}

	/**
	 * The relationships {@link #organisation()} builds.
	 *
	 * @param finance six partners
	 * @param legal two partners
	 */
	public record Organisation(RelationshipMother.Sample finance, RelationshipMother.Sample legal) {
	}

	/**
	 * Partners with email addresses, in the relationship's counterpart, as its
	 * stakeholders.
	 * @param sample the relationship
	 * @param count how many
	 */
	public void partners(RelationshipMother.Sample sample, int count) {
		for (int n = 1; n <= count; n++) {
			String name = sample.relationship().counterpartName() + " Partner " + n;
			String email = "p" + n + "." + sample.id() + "." + this.mother.run() + "@example.com";
			long person = SignedIn.asSystem(() -> this.directory
				.createPerson(new PersonDraft(name, null, email, null, sample.counterpartId(), null, false))
				.id());
			this.mother.stakeholder(sample.id(), person, Stance.NEUTRAL, null);
		}
	}

	/**
	 * Prepares and launches a relationship pulse, closing in two weeks, as the head of
	 * relationship management of {@link #organisation()}.
	 * @param channel pulse or review
	 * @param minimum the minimum of responses for figures
	 * @param commentMinimum the minimum for comments
	 * @param reminderDays the reminder schedule
	 * @param relationshipIds the relationships
	 * @return the campaign's id
	 */
	public long launch(Channel channel, int minimum, int commentMinimum, List<Integer> reminderDays,
			Long... relationshipIds) {
		return as("head", () -> {
			CampaignSummary campaign = this.surveys.create(new CampaignDraft("relationship-pulse",
					"Pulse " + this.mother.run(), channel, List.of(relationshipIds), null, LocalDate.now().plusDays(14),
					minimum, commentMinimum, reminderDays));
			this.surveys.launch(campaign.id(), null);
			return campaign.id();
		});
	}

	/**
	 * A link for each of a relationship's invitations, as a reminder gives one: the
	 * tokens leave Rapport only in emails, so each invitation gets one more link whose
	 * token the test knows.
	 * @param campaign the campaign
	 * @param relationship the relationship
	 * @return the tokens, one per invitation in the order of the invitations
	 */
	public List<String> tokens(long campaign, long relationship) {
		List<String> tokens = new ArrayList<>();
		for (long invitation : this.jdbc
			.sql("select id from surveys_invitation where campaign_id = :c and relationship_id = :r order by id")
			.param("c", campaign)
			.param("r", relationship)
			.query(Long.class)
			.list()) {
			String token = LinkTokens.next();
			this.jdbc.sql("""
					insert into surveys_invitation_token (token_hash, invitation_id, issued_at)
					values (:hash, :id, current_timestamp)
					""").param("hash", LinkTokens.hash(token)).param("id", invitation).update();
			tokens.add(token);
		}
		return tokens;
	}

	/**
	 * Answers a pulse through a link.
	 * @param token the link's token
	 * @param score the recommendation score
	 * @param comment the comment, or {@code null}
	 */
	public void answer(String token, int score, String comment) {
		Answer recommend = new Answer(score, null, null, null, null);
		this.surveys.respond(token,
				(comment != null)
						? Map.of("recommend", recommend, "change", new Answer(null, null, null, null, comment))
						: Map.of("recommend", recommend));
	}

}
