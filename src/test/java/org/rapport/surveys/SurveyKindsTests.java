package org.rapport.surveys;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDraft;
import org.rapport.relationships.MaturityDetails;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Side;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * What the templates beyond the pulse give, checked against hand-computed answers: the
 * trust quotient, the mirror gap beside the partners' service quality, and a maturity
 * check-in that records the partners' view of the relationship's maturity.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class SurveyKindsTests {

	static final LocalDate DAY = LocalDate.of(2026, 6, 30);

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

	RelationshipMother.Sample finance;

	RelationshipMother.Sample legal;

	@BeforeEach
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.pulses = new SurveyMother(this.mother, this.directory, this.surveys, this.jdbc, this.users);
		SurveyMother.Organisation organisation = this.pulses.organisation();
		this.finance = organisation.finance();
		this.legal = organisation.legal();
	}

	@Test
	void theTrustQuotientIsCredibilityReliabilityAndIntimacyOverSelfOrientation() {
		String csv = """
				C,R,I,S
				8,9,7,3
				7,8,6,4
				9,9,8,2
				6,7,5,5
				8,8,7,3
				7,9,6,4
				""";
		long campaign = recorded("partner-trust", csv,
				Map.of("credibility", "C", "reliability", "R", "intimacy", "I", "self-orientation", "S"));

		SurveyResults results = this.pulses.as("head", () -> this.surveys.results(campaign, "relationship", null));

		// C 45/6 = 7.5, R 50/6 = 8.33, I 39/6 = 6.5, S 21/6 = 3.5: (7.5 + 8.33 + 6.5) /
		// 3.5
		// = 6.38.
		assertThat(results.figures().trustQuotient()).isCloseTo(22.333333 / 3.5, within(0.0001));
		assertThat(results.figures().ratedDimensions().get("SELF_ORIENTATION").value()).isEqualTo(3.5);
		assertThat(results.groups()).singleElement()
			.satisfies((group) -> assertThat(group.figures().trustQuotient()).isCloseTo(6.381, within(0.001)));
	}

	@Test
	void theTrustQuotientIsFiguredPerOwnerAndPerItGroupOfTheRelationshipsRated() {
		RelationshipMother.Sample legal = this.legal;
		// A second relationship of Finance's owner, in Finance's IT group.
		long audit = this.mother
			.establish(this.finance.itGroupId(), this.mother.businessUnit("Trust Audit"), this.finance.ownerId(),
					Tier.CORE)
			.id();
		String csv = "Rel,C,R,I,S\n" + rows(this.finance.id(), "8,9,7,3", "7,8,6,4", "9,9,8,2")
				+ rows(audit, "6,7,5,5", "8,8,7,3", "7,9,6,4")
				+ rows(legal.id(), "5,6,4,6", "4,5,3,7", "6,6,5,5", "5,5,4,6", "4,6,4,7", "6,5,4,5");
		long campaign = recorded("partner-trust", csv, Map.of("relationship", "Rel", "credibility", "C", "reliability",
				"R", "intimacy", "I", "self-orientation", "S"), this.finance.id(), audit, legal.id());

		SurveyResults byOwner = this.pulses.as("head", () -> this.surveys.results(campaign, "owner", null));
		SurveyResults byGroup = this.pulses.as("cio", () -> this.surveys.results(campaign, "itGroup", null));
		// The same sets of responses as by owner: nothing more is told, nothing refused.
		SurveyResults byRelationship = this.pulses.as("head",
				() -> this.surveys.results(campaign, "relationship", null));

		// Finance's owner: C 45/6 = 7.5, R 50/6 = 8.33, I 39/6 = 6.5, S 21/6 = 3.5, so
		// (7.5 + 8.33 + 6.5) / 3.5 = 6.381. Legal's owner: C 30/6 = 5, R 33/6 = 5.5,
		// I 24/6 = 4, S 36/6 = 6, so (5 + 5.5 + 4) / 6 = 2.417. Both: C 75/12 = 6.25,
		// R 83/12 = 6.917, I 63/12 = 5.25, S 57/12 = 4.75, so 18.417 / 4.75 = 3.877.
		assertThat(byOwner.figures().trustQuotient()).isCloseTo(18.416667 / 4.75, within(0.0001));
		assertThat(byOwner.groups())
			.extracting(SurveyResults.Group::key, SurveyResults.Group::label, SurveyResults.Group::responses,
					SurveyResults.Group::suppressed)
			.containsExactlyInAnyOrder(
					tuple(String.valueOf(this.finance.ownerId()), this.mother.named("Pulse Finance Owner"), 6L, false),
					tuple(String.valueOf(legal.ownerId()), this.mother.named("Pulse Legal Owner"), 6L, false));
		assertThat(quotient(byOwner, this.finance.ownerId())).isCloseTo(22.333333 / 3.5, within(0.0001));
		assertThat(quotient(byOwner, legal.ownerId())).isCloseTo(14.5 / 6, within(0.0001));
		assertThat(byGroup.groups()).extracting(SurveyResults.Group::key, SurveyResults.Group::label)
			.containsExactlyInAnyOrder(
					tuple(String.valueOf(this.finance.itGroupId()), this.mother.named("Pulse Finance IT")),
					tuple(String.valueOf(legal.itGroupId()), this.mother.named("Pulse Legal IT")));
		assertThat(quotient(byGroup, this.finance.itGroupId())).isCloseTo(22.333333 / 3.5, within(0.0001));
		assertThat(quotient(byGroup, legal.itGroupId())).isCloseTo(14.5 / 6, within(0.0001));
		// By relationship, Finance's three and the audit's three are too few to show.
		assertThat(byRelationship.groups()).filteredOn(SurveyResults.Group::suppressed)
			.extracting(SurveyResults.Group::key)
			.containsExactlyInAnyOrder(String.valueOf(this.finance.id()), String.valueOf(audit));
	}

	@Test
	void anOwnerWithTooFewResponsesIsSuppressedWithTheNextSmallestAndDifferencingIsRefused() {
		RelationshipMother.Sample legal = this.legal;
		String csv = "Rel,C,R,I,S\n"
				+ rows(this.finance.id(), "8,9,7,3", "7,8,6,4", "9,9,8,2", "6,7,5,5", "8,8,7,3", "7,9,6,4")
				+ rows(legal.id(), "5,6,4,6", "4,5,3,7");
		long campaign = recorded("partner-trust", csv, Map.of("relationship", "Rel", "credibility", "C", "reliability",
				"R", "intimacy", "I", "self-orientation", "S"), this.finance.id(), legal.id());

		SurveyResults byOwner = this.pulses.as("head", () -> this.surveys.results(campaign, "owner", null));

		// Legal's owner has 2 of 5; Finance's owner (6) goes with them, or the whole (8)
		// less Finance's owner would give Legal's owner's two away.
		assertThat(byOwner.suppressed()).isFalse();
		assertThat(byOwner.groups()).hasSize(2).allSatisfy((group) -> {
			assertThat(group.suppressed()).isTrue();
			assertThat(group.figures()).isNull();
		});
		assertThat(byOwner.groups()).extracting(SurveyResults.Group::responses).containsExactlyInAnyOrder(6L, 2L);
		// Having seen the whole of 8, Finance's owner's six alone would tell Legal's two.
		assertThatExceptionOfType(DisclosureRefusedException.class).isThrownBy(() -> this.pulses.as("head",
				() -> this.surveys.results(campaign, "owner", "relationship:" + this.finance.id())));
	}

	@Test
	void theMirrorSetsItsOwnViewBesideThePartnersPerceivedServiceQuality() {
		SurveyTemplateSummary quality = this.pulses.as("head", () -> this.surveys.template("service-quality"));
		List<String> headers = new ArrayList<>();
		List<String> row = new ArrayList<>();
		Map<String, String> mapping = new LinkedHashMap<>();
		for (QuestionSummary question : quality.questions()) {
			if (question.kind() != QuestionKind.SERVQUAL) {
				continue;
			}
			// Minimum 5, desired 8; perceived 8 for reliability, 3 for empathy, 6 else.
			int perceived = switch (question.dimension()) {
				case "RELIABILITY" -> 8;
				case "EMPATHY" -> 3;
				default -> 6;
			};
			for (String part : List.of("minimum", "desired", "perceived")) {
				String header = question.key() + " " + part;
				headers.add(header);
				row.add(part.equals("minimum") ? "5" : part.equals("desired") ? "8" : String.valueOf(perceived));
				mapping.put(part.equals("perceived") ? question.key() : question.key() + "." + part, header);
			}
		}
		String partners = String.join(",", headers) + "\n" + (String.join(",", row) + "\n").repeat(6);
		long partnerCampaign = recorded("service-quality", partners, mapping);

		SurveyTemplateSummary mirror = this.pulses.as("head", () -> this.surveys.template("mirror"));
		List<String> selfHeaders = new ArrayList<>();
		List<String> selfRow = new ArrayList<>();
		Map<String, String> selfMapping = new LinkedHashMap<>();
		for (QuestionSummary question : mirror.questions()) {
			if (question.kind() == QuestionKind.RATING) {
				selfHeaders.add(question.key());
				selfRow.add(question.dimension().equals("EMPATHY") ? "8" : "7");
				selfMapping.put(question.key(), question.key());
			}
		}
		long mirrorCampaign = recorded("mirror",
				String.join(",", selfHeaders) + "\n" + (String.join(",", selfRow) + "\n").repeat(5), selfMapping);

		MirrorComparison comparison = this.pulses.as("head", () -> this.surveys.mirror(mirrorCampaign)).orElseThrow();

		assertThat(comparison.partnerCampaignId()).isEqualTo(partnerCampaign);
		assertThat(comparison.dimensions()).extracting(MirrorComparison.Gap::dimension, MirrorComparison.Gap::gap)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("RELIABILITY", -1.0),
					org.assertj.core.groups.Tuple.tuple("RESPONSIVENESS", 1.0),
					org.assertj.core.groups.Tuple.tuple("ASSURANCE", 1.0),
					org.assertj.core.groups.Tuple.tuple("EMPATHY", 5.0),
					org.assertj.core.groups.Tuple.tuple("TANGIBLES", 1.0));
		assertThat(comparison.groups()).singleElement().satisfies((group) -> {
			assertThat(group.key()).isEqualTo(String.valueOf(this.finance.id()));
			assertThat(group.widest().dimension()).isEqualTo("EMPATHY");
		});
		assertThat(this.pulses.as("head", () -> this.surveys.mirror(partnerCampaign))).isEmpty();
	}

	@Test
	void aMaturityCheckInRecordsWherePartnersPlaceTheRelationship() {
		long campaign = recorded("maturity-check-in", "Now,Later\n2,4\n3,4\n3,5\n2,4\n3,4\n",
				Map.of("today", "Now", "next-year", "Later"));

		MaturityDetails maturity = this.pulses.as("head", () -> this.relationships.maturity(this.finance.id()));

		// (2 + 3 + 3 + 2 + 3) / 5 = 2.6, rounded 3.
		assertThat(maturity.counterpartView()).isNotNull().satisfies((view) -> {
			assertThat(view.side()).isEqualTo(Side.COUNTERPART);
			assertThat(view.level()).isEqualTo(3);
			assertThat(view.assessedOn()).isEqualTo(DAY);
			assertThat(view.note()).contains("2.6 from 5 responses");
		});
		assertThat(this.pulses.as("head", () -> this.surveys.campaign(campaign)).recorded()).isTrue();
	}

	@Test
	void aMaturityCheckInOfItStaffRecordsItsSideBesideThePartners() {
		recorded("maturity-check-in", "Now,Later\n2,4\n2,4\n3,5\n2,4\n2,4\n",
				Map.of("today", "Now", "next-year", "Later"));
		for (int n = 1; n <= 5; n++) {
			String name = "Maturity IT " + n;
			SignedIn.asSystem(() -> this.directory.createPerson(new PersonDraft(this.mother.named(name), null,
					name.replace(' ', '.').toLowerCase() + "." + this.mother.run() + "@example.com", null,
					this.finance.itGroupId(), null, true)));
		}
		SurveyManagement.Launch launch = this.pulses.as("head", () -> {
			long id = this.surveys
				.create(new CampaignDraft("maturity-it-check-in", "IT maturity " + this.mother.run(), Channel.PULSE,
						List.of(this.finance.id()), null, LocalDate.now().plusDays(14), null, null, List.of(),
						Reach.WHOLE_UNIT))
				.id();
			return this.surveys.launch(id, null);
		});
		long campaign = launch.campaign().id();
		// The IT group's people with an address are asked; no partner is.
		assertThat(launch.invited()).isEqualTo(5);
		assertThat(this.jdbc.sql("""
				select count(*) from surveys_invitation i join directory_person p on p.id = i.person_id
				where i.campaign_id = :campaign and (not p.in_it or p.unit_id <> :group)
				""").param("campaign", campaign).param("group", this.finance.itGroupId()).query(Long.class).single())
			.isZero();
		List<Integer> levels = List.of(4, 4, 3, 5, 4);
		List<String> tokens = this.pulses.tokens(campaign, this.finance.id());
		for (int n = 0; n < tokens.size(); n++) {
			this.surveys.respond(tokens.get(n), Map.of("today", new Answer(levels.get(n), null, null, null, null),
					"next-year", new Answer(5, null, null, null, null)));
		}

		this.pulses.as("head", () -> this.surveys.close(campaign, null));

		MaturityDetails maturity = this.pulses.as("head", () -> this.relationships.maturity(this.finance.id()));
		// IT: (4 + 4 + 3 + 5 + 4) / 5 = 4.0. Partners: (2 + 2 + 3 + 2 + 2) / 5 = 2.2,
		// rounded 2. IT sees the relationship two levels higher than its partners do.
		assertThat(maturity.itView()).isNotNull().satisfies((view) -> {
			assertThat(view.side()).isEqualTo(Side.IT);
			assertThat(view.level()).isEqualTo(4);
			assertThat(view.assessedOn()).isEqualTo(LocalDate.now());
			assertThat(view.note()).startsWith("IT's mean").contains("4.0 from 5 responses");
		});
		assertThat(maturity.counterpartView().level()).isEqualTo(2);
		assertThat(maturity.gap()).isEqualTo(2);
	}

	@Test
	void aCampaignReachingTheWholeUnitInvitesEveryoneInTheCounterpartNotOnlyTheStakeholders() {
		for (String name : List.of("Unit Member One", "Unit Member Two")) {
			SignedIn.asSystem(() -> this.directory.createPerson(new PersonDraft(this.mother.named(name), null,
					name.replace(' ', '.').toLowerCase() + "." + this.mother.run() + "@example.com", null,
					this.finance.counterpartId(), null, false)));
		}
		long inUnit = this.jdbc.sql("select count(*) from directory_person where unit_id = :unit and email is not null")
			.param("unit", this.finance.counterpartId())
			.query(Long.class)
			.single();

		SurveyManagement.Launch whole = this.pulses.as("head", () -> {
			long id = this.surveys
				.create(new CampaignDraft("relationship-pulse", "Whole unit " + this.mother.run(), Channel.PULSE,
						List.of(this.finance.id()), null, LocalDate.now().plusDays(14), null, null, List.of(),
						Reach.WHOLE_UNIT))
				.id();
			return this.surveys.launch(id, null);
		});
		SurveyManagement.Launch named = this.pulses.as("head", () -> {
			long id = this.surveys
				.create(new CampaignDraft("relationship-pulse", "Named " + this.mother.run(), Channel.PULSE,
						List.of(this.finance.id()), null, LocalDate.now().plusDays(14), null, null, List.of()))
				.id();
			return this.surveys.launch(id, null);
		});

		assertThat(whole.campaign().reach()).isEqualTo(Reach.WHOLE_UNIT);
		assertThat(whole.invited()).isEqualTo(inUnit).isEqualTo(named.invited() + 2);
		assertThat(named.campaign().reach()).isEqualTo(Reach.STAKEHOLDERS);
	}

	private long recorded(String template, String csv, Map<String, String> mapping) {
		return recorded(template, csv, mapping, this.finance.id());
	}

	private long recorded(String template, String csv, Map<String, String> mapping, Long... relationshipIds) {
		return this.pulses.as("head", () -> {
			long id = this.surveys
				.create(new CampaignDraft(template, template + " " + this.mother.run(), Channel.PULSE,
						List.of(relationshipIds), null, LocalDate.now().plusDays(14), null, null, List.of()))
				.id();
			ResponseImport done = this.surveys.importResponses(id, null, csv.getBytes(StandardCharsets.UTF_8), mapping,
					DAY);
			assertThat(done.rejected()).isEmpty();
			return id;
		});
	}

	private static String rows(long relationship, String... ratings) {
		StringBuilder rows = new StringBuilder();
		for (String rating : ratings) {
			rows.append(relationship).append(',').append(rating).append('\n');
		}
		return rows.toString();
	}

	private static double quotient(SurveyResults results, long key) {
		return results.groups()
			.stream()
			.filter((group) -> group.key().equals(String.valueOf(key)))
			.findFirst()
			.orElseThrow()
			.figures()
			.trustQuotient();
	}

}
