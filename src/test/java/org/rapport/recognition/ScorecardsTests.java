package org.rapport.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.commitments.CommitmentDraft;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionType;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Tier;
import org.rapport.shared.InvalidInputException;
import org.rapport.surveys.PerceptionMeasured;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person's scorecard of the quarter before this one, computed by hand: two core
 * relationships (a 30-day cadence), one contacted ten days before the quarter's end and
 * one 45 days before; health 80 and 60 in their last weeks; three commitments due in the
 * quarter, one kept on its day, one kept late, one cancelled; surveys measuring 60 from
 * 10 responses and 30 from 30; two kudos. Frozen when the quarter ends, it does not move
 * when later kudos arrive; and only those allowed see it.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class ScorecardsTests {

	@Autowired
	Scorecards scorecards;

	@Autowired
	RecognitionManagement recognition;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	InteractionManagement interactions;

	@Autowired
	CommitmentManagement commitments;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RelationshipMother mother;

	ScorecardPeriod quarter;

	long group;

	long owner;

	long colleague;

	String ownerLogin;

	String colleagueLogin;

	String leaderLogin;

	String otherLeaderLogin;

	long otherGroup;

	@BeforeEach
	void anOwnerWithTwoRelationshipsLastQuarter() {
		this.jdbc.sql("delete from recognition_scorecard").update();
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.quarter = this.scorecards.currentPeriod().previous();
		LocalDate end = this.quarter.end();
		this.group = this.mother.itGroup("Card Apps");
		this.otherGroup = this.mother.itGroup("Card Network");
		this.owner = this.mother.itPerson("Card Owner", this.group);
		this.colleague = this.mother.itPerson("Card Colleague", this.group);
		String run = this.mother.run();
		this.ownerLogin = "card-owner-" + run;
		this.colleagueLogin = "card-colleague-" + run;
		this.leaderLogin = "card-leader-" + run;
		this.otherLeaderLogin = "card-other-leader-" + run;
		this.mother.account(this.ownerLogin, "owner-password-1", this.owner, Role.IT_STAFF);
		this.mother.account(this.colleagueLogin, "colleague-password-1", this.colleague, Role.IT_STAFF);
		this.mother.account(this.leaderLogin, "leader-password-1", this.mother.itPerson("Card Leader", this.group),
				Role.IT_LEADER);
		this.mother.account(this.otherLeaderLogin, "leader-password-1",
				this.mother.itPerson("Card Other Leader", this.otherGroup), Role.IT_LEADER);
		long first = establish("Card Finance", end.minusYears(1));
		long second = establish("Card Sales", end.minusYears(1));
		SignedIn.asSystem(() -> {
			this.interactions.logHistory(first, List.of(contact(end.minusDays(10))));
			this.interactions.logHistory(second, List.of(contact(end.minusDays(45))));
			kept(this.commitments.recordEarlier(first, promise(this.quarter.start().plusDays(10))).id(),
					this.quarter.start().plusDays(10));
			kept(this.commitments.recordEarlier(first, promise(this.quarter.start().plusDays(20))).id(),
					this.quarter.start().plusDays(25));
			this.jdbc.sql("update commitments_commitment set state = 'CANCELLED', closed_on = :on where id = :id")
				.param("on", this.quarter.start().plusDays(31))
				.param("id", this.commitments.recordEarlier(second, promise(this.quarter.start().plusDays(30))).id())
				.update();
			this.commitments.recordEarlier(second, promise(end.plusDays(5)));
			for (int i = 0; i < 2; i++) {
				this.recognition.recordEarlier(this.colleague,
						new KudosDraft(this.owner, List.of("listened"), "Thanks " + i, 0),
						this.quarter.start().plusDays(5 + i).atTime(10, 0));
			}
			return null;
		});
		week(first, end.minusDays(3), 80);
		week(second, end.minusDays(10), 60);
		week(second, end.plusDays(4), 10);
		measured(first, 60, 10, end.minusDays(20));
		measured(second, 30, 30, end.minusDays(5));
		measured(second, 90, 50, this.quarter.start().minusDays(5));
		closed360(this.quarter.start().plusDays(40));
		closed360(this.quarter.start().minusDays(40));
	}

	/**
	 * A 360 of the owner's that closed on the day, as development records it.
	 */
	private void closed360(LocalDate on) {
		this.jdbc.sql("""
				insert into development_feedback_round (version, subject_id, manager_id, state, closes_on, started_by,
				  started_at, closed_at)
				values (0, :owner, :manager, 'CLOSED', :on, 'test', :started, :closed)
				""")
			.param("owner", this.owner)
			.param("manager", this.colleague)
			.param("on", on)
			.param("started", on.minusDays(20).atStartOfDay())
			.param("closed", on.atTime(17, 0))
			.update();
	}

	@Test
	void theFiguresAreComputedAsByHandAndExplainThemselves() {
		Scorecard scorecard = SignedIn.as(this.users, this.ownerLogin, () -> this.scorecards
			.scorecard(this.quarter.toString(), ScorecardScope.PERSON, this.owner, Locale.ENGLISH));

		Map<String, Scorecard.Figure> figures = byName(scorecard);
		assertThat(scorecard.frozen()).isFalse();
		assertThat(figures.keySet()).containsExactly("relationships", "health", "cadence", "commitments",
				"partnerFeedback", "recognition", "development");
		assertThat(figures.get("relationships").value()).isEqualTo(2.0);
		assertThat(figures.get("health").value()).isEqualTo(70.0);
		assertThat(figures.get("cadence").value()).isEqualTo(50.0);
		assertThat(figures.get("cadence").explanation()).isEqualTo(
				"1 of 2 relationships had a real contact within their tier's cadence on " + this.quarter.end() + ".");
		assertThat(figures.get("commitments").value()).isEqualTo(50.0);
		assertThat(figures.get("commitments").explanation())
			.isEqualTo("1 of 2 commitments due in the quarter were kept on time.");
		// (60 × 10 + 30 × 30) / 40 = 37.5
		assertThat(figures.get("partnerFeedback").value()).isEqualTo(37.5);
		assertThat(figures.get("recognition").value()).isEqualTo(2.0);
		assertThat(figures.get("recognition").explanation())
			.isEqualTo("2 kudos from colleagues and 0 praise from partners received in the quarter.");
		// The quarter before: the same two relationships, survey 90, no kudos.
		assertThat(figures.get("relationships").trend()).isEqualTo(0.0);
		assertThat(figures.get("partnerFeedback").trend()).isEqualTo(37.5 - 90);
		assertThat(figures.get("recognition").trend()).isEqualTo(2.0);
		// A 360 of the owner's closed in the quarter, and one the quarter before.
		assertThat(figures.get("development").value()).isEqualTo(1.0);
		assertThat(figures.get("development").explanation())
			.isEqualTo("No training completed, one 360 closed and no mentoring session held as mentee in the quarter.");
		assertThat(figures.get("development").trend()).isEqualTo(0.0);
	}

	@Test
	void aScorecardExportsAsAPdfForAReview() throws Exception {
		byte[] pdf = SignedIn.as(this.users, this.ownerLogin, () -> this.scorecards.pdf(this.quarter.toString(),
				ScorecardScope.PERSON, this.owner, List.of(), Locale.ENGLISH));

		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(this.mother.named("Card Owner") + ", " + this.quarter)
				.contains("Commitments kept on time")
				.contains("1 of 2 commitments due in the quarter were kept on time.")
				.contains("37.5 / 100")
				.contains("No goals were set for this quarter.");
		}
		assertThatThrownBy(() -> SignedIn.as(this.users, this.colleagueLogin, () -> this.scorecards
			.pdf(this.quarter.toString(), ScorecardScope.PERSON, this.owner, List.of(), Locale.ENGLISH)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aFrozenQuarterDoesNotMoveWhenLaterDataArrives() {
		assertThat(this.scorecards.freezeLastQuarter()).isPositive();
		assertThat(this.scorecards.freezeLastQuarter()).as("frozen once").isZero();
		SignedIn.asSystem(() -> this.recognition.recordEarlier(this.colleague,
				new KudosDraft(this.owner, List.of("listened"), "Late", 0),
				this.quarter.start().plusDays(40).atTime(9, 0)));

		Scorecard scorecard = SignedIn.as(this.users, this.ownerLogin, () -> this.scorecards
			.scorecard(this.quarter.toString(), ScorecardScope.PERSON, this.owner, Locale.ENGLISH));

		assertThat(scorecard.frozen()).isTrue();
		assertThat(byName(scorecard).get("recognition").value()).isEqualTo(2.0);
		assertThat(byName(scorecard).get("partnerFeedback").value()).isEqualTo(37.5);
		Scorecard team = SignedIn.as(this.users, this.leaderLogin, () -> this.scorecards
			.scorecard(this.quarter.toString(), ScorecardScope.GROUP, this.group, Locale.ENGLISH));
		assertThat(team.frozen()).isTrue();
		assertThat(byName(team).get("relationships").value()).isEqualTo(2.0);
		assertThat(byName(team).get("recognition").value()).isEqualTo(2.0);
	}

	@Test
	void eachSeesTheirOwnLeadersTheirTeamsAndNoOneElses() {
		String period = this.quarter.toString();
		assertThatThrownBy(() -> SignedIn.as(this.users, this.colleagueLogin,
				() -> this.scorecards.scorecard(period, ScorecardScope.PERSON, this.owner, Locale.ENGLISH)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> SignedIn.as(this.users, this.colleagueLogin,
				() -> this.scorecards.scorecard(period, ScorecardScope.GROUP, this.group, Locale.ENGLISH)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(SignedIn
			.as(this.users, this.leaderLogin,
					() -> this.scorecards.scorecard(period, ScorecardScope.PERSON, this.owner, Locale.ENGLISH))
			.name()).isEqualTo(this.mother.named("Card Owner"));
		assertThatThrownBy(() -> SignedIn.as(this.users, this.otherLeaderLogin,
				() -> this.scorecards.scorecard(period, ScorecardScope.GROUP, this.group, Locale.ENGLISH)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> SignedIn.as(this.users, this.otherLeaderLogin,
				() -> this.scorecards.scorecard(period, ScorecardScope.PERSON, this.owner, Locale.ENGLISH)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(SignedIn
			.withRole("brm", Role.RELATIONSHIP_MANAGER,
					() -> this.scorecards.scorecard(period, ScorecardScope.GROUP, this.group, Locale.ENGLISH))
			.name()).isEqualTo(this.mother.named("Card Apps"));
		assertThat(SignedIn
			.as(this.users, this.colleagueLogin,
					() -> this.scorecards.scorecard(period, ScorecardScope.ORGANISATION, null, Locale.ENGLISH))
			.name()).isEqualTo("All of IT");
		assertThatThrownBy(() -> SignedIn.as(this.users, this.ownerLogin,
				() -> this.scorecards.scorecard("2026-Q5", ScorecardScope.PERSON, this.owner, Locale.ENGLISH)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("period"));
	}

	@Test
	void aGroupsScorecardRollsUpTheGroupsBelowIt() {
		long mobile = this.mother.itGroup("Card Apps Mobile", this.group);
		long mobileOwner = this.mother.itPerson("Card Mobile Owner", mobile);
		long unit = this.mother.businessUnit("Card Logistics");
		SignedIn.asSystem(() -> this.relationships.establishEarlier(
				new RelationshipDraft(mobile, unit, mobileOwner, Tier.CORE, List.of(), null),
				this.quarter.end().minusYears(1)));
		SignedIn.asSystem(() -> this.recognition.recordEarlier(this.colleague,
				new KudosDraft(mobileOwner, List.of("listened"), "Mobile thanks", 0),
				this.quarter.start().plusDays(8).atTime(10, 0)));

		Scorecard team = SignedIn.as(this.users, this.leaderLogin, () -> this.scorecards
			.scorecard(this.quarter.toString(), ScorecardScope.GROUP, this.group, Locale.ENGLISH));
		Scorecard below = SignedIn.as(this.users, this.leaderLogin,
				() -> this.scorecards.scorecard(this.quarter.toString(), ScorecardScope.GROUP, mobile, Locale.ENGLISH));

		// Card Apps' two relationships and the one of the group below it; two kudos to
		// the
		// owner and one to the mobile owner.
		assertThat(byName(team).get("relationships").value()).isEqualTo(3.0);
		assertThat(byName(team).get("recognition").value()).isEqualTo(3.0);
		assertThat(byName(below).get("relationships").value()).isEqualTo(1.0);
		assertThat(byName(below).get("recognition").value()).isEqualTo(1.0);
	}

	@Test
	void aFiscalYearStartingInAprilNamesItsQuartersByTheYearItEnds() {
		ScorecardPeriod april = ScorecardPeriod.containing(LocalDate.of(2026, 12, 1), 4);
		assertThat(april.toString()).isEqualTo("2027-Q3");
		assertThat(april.start()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(april.end()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(ScorecardPeriod.containing(LocalDate.of(2026, 4, 1), 4).toString()).isEqualTo("2027-Q1");
		assertThat(ScorecardPeriod.containing(LocalDate.of(2026, 3, 31), 4).toString()).isEqualTo("2026-Q4");
		assertThat(ScorecardPeriod.of("2027-Q1", 4).previous().end()).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	private long establish(String counterpart, LocalDate on) {
		long unit = this.mother.businessUnit(counterpart);
		return SignedIn.asSystem(() -> this.relationships
			.establishEarlier(new RelationshipDraft(this.group, unit, this.owner, Tier.CORE, List.of(), null), on)
			.id());
	}

	private static InteractionDraft contact(LocalDate on) {
		return new InteractionDraft(InteractionType.CALL, on, "Checked in", 1, List.of(), List.of(), null);
	}

	private CommitmentDraft promise(LocalDate due) {
		return new CommitmentDraft("Promise due " + due, this.owner, due, null);
	}

	private void kept(long commitment, LocalDate on) {
		this.jdbc.sql("update commitments_commitment set state = 'KEPT', closed_on = :on where id = :id")
			.param("on", on)
			.param("id", commitment)
			.update();
	}

	private void week(long relationship, LocalDate week, int score) {
		this.jdbc.sql("""
				insert into health_history (relationship_id, week_on, score, band) values (:r, :w, :s, 'HEALTHY')
				""").param("r", relationship).param("w", week).param("s", score).update();
	}

	private void measured(long relationship, int score, long responses, LocalDate on) {
		this.transaction.executeWithoutResult((status) -> this.events.publishEvent(
				new PerceptionMeasured(relationship, on.toEpochDay(), score, null, responses, on, List.of())));
	}

	private static Map<String, Scorecard.Figure> byName(Scorecard scorecard) {
		return scorecard.figures()
			.stream()
			.collect(Collectors.toMap(Scorecard.Figure::name, (figure) -> figure, (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

}
