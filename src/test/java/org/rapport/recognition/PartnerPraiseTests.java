package org.rapport.recognition;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StateConflictException;
import org.rapport.surveys.Channel;
import org.rapport.surveys.SurveyManagement;
import org.rapport.surveys.SurveyMother;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Praise from partners through the links of a pulse: to the relationship's owner or its
 * IT group, signed or not, once per link, while the link is open; opening a link over
 * HTTP changes nothing, and a link sent twice at once records one praise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rapport.demo.enabled=false")
class PartnerPraiseTests {

	@LocalServerPort
	int port;

	@Autowired
	PartnerPraise praise;

	@Autowired
	RecognitionManagement recognition;

	@Autowired
	Nominations nominations;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RelationshipMother.Sample finance;

	List<String> tokens;

	long campaign;

	@BeforeEach
	void aPulseWithSixLinks() {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		SurveyMother pulses = new SurveyMother(mother, this.directory, this.surveys, this.jdbc, this.users);
		this.finance = pulses.organisation().finance();
		this.campaign = pulses.launch(Channel.PULSE, 5, 5, List.of(), this.finance.id());
		this.tokens = pulses.tokens(this.campaign, this.finance.id());
	}

	@Test
	void aPartnerPraisesTheOwnerOnceAndItIsOnTheFeedMarkedAsAPartners() {
		String token = this.tokens.get(0);
		PraiseLink link = this.praise.link(token).orElseThrow();
		assertThat(link.state()).isEqualTo(PraiseLink.State.OPEN);
		assertThat(link.choices()).extracting(PraiseLink.Choice::key)
			.containsExactly("person-" + this.finance.ownerId(), "team-" + this.finance.itGroupId());

		PraiseLink sent = this.praise.praise(token, new PraiseDraft("person-" + this.finance.ownerId(),
				List.of("explained-clearly"), "Explained the outage in words we could pass on.", true));

		assertThat(sent.state()).isEqualTo(PraiseLink.State.SENT);
		assertThat(this.praise.link(token).orElseThrow().state()).isEqualTo(PraiseLink.State.SENT);
		KudosSummary praised = SignedIn.asSystem(() -> this.recognition.feed(this.finance.ownerId(), null, 5))
			.items()
			.get(0);
		assertThat(praised.source()).isEqualTo(KudosSource.PARTNER);
		assertThat(praised.giverId()).isNull();
		assertThat(praised.partnerName()).isEqualTo(link.partnerName()).isNotBlank();
		assertThat(praised.counterpartName()).isEqualTo(link.counterpartName());
		assertThat(praised.values()).extracting(RecognitionValue::key).containsExactly("explained-clearly");
		assertThatThrownBy(() -> this.praise.praise(token,
				new PraiseDraft("person-" + this.finance.ownerId(), List.of("listened"), "Again", true)))
			.isInstanceOfSatisfying(StateConflictException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("recognition.praise.sent"));
		assertThat(praiseCount()).isEqualTo(1);
	}

	@Test
	void aPartnerNominatesThePersonTheyPraiseForAnAward() {
		this.jdbc.sql("delete from recognition_nomination where source = 'PARTNER'").update();
		String token = this.tokens.get(5);
		PraiseLink link = this.praise.link(token).orElseThrow();
		assertThat(link.awards()).extracting(Award::key).contains("relationship-builder");
		long before = praiseCount();
		assertThatThrownBy(() -> this.praise.praise(token,
				new PraiseDraft("team-" + this.finance.itGroupId(), List.of("listened"), "The team, for the award",
						true, "relationship-builder")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("nominate"));
		assertThat(praiseCount()).as("nothing stored").isEqualTo(before);

		this.praise.praise(token, new PraiseDraft("person-" + this.finance.ownerId(), List.of("kept-a-promise"),
				"Every action from our review closed on the day agreed.", true, "relationship-builder"));

		NominationSummary nominated = SignedIn
			.withRole("brm", org.rapport.accounts.Role.RELATIONSHIP_MANAGER,
					() -> this.nominations.nominations(null, NominationState.SUBMITTED, null, 200))
			.items()
			.stream()
			.filter((nomination) -> nomination.source() == KudosSource.PARTNER)
			.findFirst()
			.orElseThrow();
		assertThat(nominated.nomineeId()).isEqualTo(this.finance.ownerId());
		assertThat(nominated.nominatedById()).isNull();
		assertThat(nominated.nominatedByName()).isEqualTo(link.partnerName() + ", " + link.counterpartName());
		assertThat(nominated.reason()).isEqualTo("Every action from our review closed on the day agreed.");
	}

	@Test
	void unsignedPraiseToTheTeamComesFromAPartnerAtTheirUnit() {
		this.praise.praise(this.tokens.get(1), new PraiseDraft("team-" + this.finance.itGroupId(),
				List.of("went-the-extra-mile"), "The whole team stayed late for our close.", false));

		KudosSummary praised = SignedIn.asSystem(() -> this.recognition.feed(null, null, 5)).items().get(0);
		assertThat(praised.partnerName()).isNull();
		assertThat(praised.recipientId()).isNull();
		assertThat(praised.recipientUnitId()).isEqualTo(this.finance.itGroupId());
	}

	@Test
	void badPraiseIsRefusedNamingItsFieldAndStoresNothing() {
		String token = this.tokens.get(2);
		String owner = "person-" + this.finance.ownerId();
		for (PraiseDraft bad : List.of(
				new PraiseDraft("person-" + this.finance.participantId(), List.of("listened"), "Hi", true),
				new PraiseDraft(null, List.of("listened"), "Hi", true), new PraiseDraft(owner, List.of(), "Hi", true),
				new PraiseDraft(owner, List.of("listened"), " ", true))) {
			assertThatThrownBy(() -> this.praise.praise(token, bad)).isInstanceOf(InvalidInputException.class);
		}
		assertThat(this.praise.link(token).orElseThrow().state()).isEqualTo(PraiseLink.State.OPEN);
		assertThat(this.praise.link("not-a-token")).isEmpty();
		assertThatThrownBy(() -> this.praise.praise("AAAAAAAAAAAAAAAAAAAAAA",
				new PraiseDraft(owner, List.of("listened"), "Hi", true)))
			.isInstanceOf(NotFoundException.class);

		// Thirty days after the survey closed, the link no longer sends praise.
		this.jdbc.sql("update surveys_campaign set opens_on = :day, closes_on = :day where id = :id")
			.param("day", LocalDate.now().minusDays(31))
			.param("id", this.campaign)
			.update();
		assertThat(this.praise.link(token).orElseThrow().state()).isEqualTo(PraiseLink.State.EXPIRED);
		assertThatThrownBy(() -> this.praise.praise(token, new PraiseDraft(owner, List.of("listened"), "Hi", true)))
			.isInstanceOfSatisfying(StateConflictException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("recognition.praise.expired"));
		assertThat(praiseCount()).isZero();
	}

	@Test
	void openingALinkOverHttpChangesNothing() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> page = http.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/praise/" + this.tokens.get(3)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Thank someone in IT").contains("id=\"praise-form\"");
		}
		assertThat(http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/praise/BBBBBBBBBBBBBBBBBBBBBB"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(404);
		assertThat(praiseCount()).isZero();
		assertThat(this.praise.link(this.tokens.get(3)).orElseThrow().state()).isEqualTo(PraiseLink.State.OPEN);
	}

	@Test
	void oneLinkSentFourTimesAtOnceRecordsOnePraise() throws Exception {
		String token = this.tokens.get(4);
		int senders = 4;
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		try {
			CyclicBarrier start = new CyclicBarrier(senders);
			List<Future<Boolean>> sends = new ArrayList<>();
			for (int i = 0; i < senders; i++) {
				sends.add(pool.submit(() -> {
					start.await();
					try {
						this.praise.praise(token, new PraiseDraft("person-" + this.finance.ownerId(),
								List.of("listened"), "At once", true));
						return true;
					}
					catch (StateConflictException ex) {
						return false;
					}
				}));
			}
			int sent = 0;
			for (Future<Boolean> send : sends) {
				sent += send.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(sent).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(praiseCount()).isEqualTo(1);
	}

	private long praiseCount() {
		return this.jdbc.sql("select count(*) from recognition_kudos where relationship_id = :r")
			.param("r", this.finance.id())
			.query(Long.class)
			.single();
	}

}
