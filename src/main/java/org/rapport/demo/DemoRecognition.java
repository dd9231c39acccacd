package org.rapport.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.rapport.demo.DemoOrganisation.Person;
import org.rapport.recognition.KudosDraft;
import org.rapport.directory.UnitKind;
import org.rapport.recognition.GoalDraft;
import org.rapport.recognition.GoalMeasure;
import org.rapport.recognition.GoalSummary;
import org.rapport.recognition.Goals;
import org.rapport.recognition.Nominations;
import org.rapport.recognition.PartnerPraise;
import org.rapport.recognition.RecognitionManagement;
import org.rapport.recognition.ScorecardPeriod;
import org.rapport.recognition.ScorecardScope;
import org.rapport.recognition.Scorecards;
import org.rapport.relationships.RelationshipSummary;

/**
 * The demo organisation's recognition: kudos, two or three a week over the last year
 * between people in IT, each for the relationship work its message tells of (the IT staff
 * member and their leader give and receive some, so that their feed and pages are not
 * empty); and each of the last four quarters' award, with those quarters' scorecards
 * frozen.
 */
class DemoRecognition {

	/** How far back the kudos and praise reach: four quarters. */
	static final int DAYS = 365;

	static final int KUDOS = 120;

	private static final List<Thanks> THANKS = List.of(new Thanks(List.of("listened"),
			"Sat with the plant managers for an hour to hear what the night shift needs before proposing anything."),
			new Thanks(List.of("kept-a-promise"),
					"Promised Finance the month-end fix by Thursday and had it live on Wednesday."),
			new Thanks(List.of("explained-clearly"),
					"Explained the outage to Sales in plain words: what broke, what it meant for orders, when it would be back."),
			new Thanks(List.of("understood-our-business"),
					"Knew the quarter-end shipping deadlines before HR asked, and planned the upgrade around them."),
			new Thanks(List.of("went-the-extra-mile"),
					"Came in on Saturday to move Marketing's campaign data so the launch could go ahead."),
			new Thanks(List.of("listened", "explained-clearly"),
					"Ran the first quarterly review with Legal: listened first, then walked them through the roadmap."),
			new Thanks(List.of("kept-a-promise", "understood-our-business"),
					"Followed up on every action from the vendor review, each on the day agreed."),
			new Thanks(List.of("explained-clearly", "went-the-extra-mile"),
					"Wrote the one-page guide the Executive Office had asked for, and took questions after."));

	private final Random random;

	private final LocalDate today;

	DemoRecognition(long seed, LocalDate today) {
		this.random = new Random(seed * 17 + 3);
		this.today = today;
	}

	/**
	 * Records the kudos.
	 * @param recognition where kudos are recorded
	 * @param organisation the demo organisation
	 * @param personId the id of a person by employee id
	 * @return the kudos recorded
	 */
	int load(RecognitionManagement recognition, DemoOrganisation organisation, Function<String, Long> personId) {
		List<String> inIt = new ArrayList<>(
				organisation.people().stream().filter(Person::inIt).map(Person::employeeId).toList());
		String staff = organisation.itStaff();
		String leader = organisation.itLeader();
		for (int i = 0; i < KUDOS; i++) {
			String giver;
			String recipient;
			// Every sixth from the leader to the staff member, every eighth back.
			if (i % 6 == 0) {
				giver = leader;
				recipient = staff;
			}
			else if (i % 8 == 1) {
				giver = staff;
				recipient = leader;
			}
			else {
				giver = inIt.get(this.random.nextInt(inIt.size()));
				do {
					recipient = inIt.get(this.random.nextInt(inIt.size()));
				}
				while (recipient.equals(giver));
			}
			Thanks thanks = THANKS.get(this.random.nextInt(THANKS.size()));
			LocalDateTime at = this.today.minusDays(DAYS - (long) i * DAYS / KUDOS)
				.atTime(9 + this.random.nextInt(8), this.random.nextInt(60));
			recognition.recordEarlier(personId.apply(giver),
					new KudosDraft(personId.apply(recipient), thanks.values(), thanks.message(), 0), at);
		}
		return KUDOS;
	}

	/**
	 * Awards each of the last four quarters' relationship builder to a person in IT, as
	 * nominated by a colleague and approved, and freezes those quarters' scorecards.
	 * @param nominations where nominations are recorded
	 * @param scorecards where scorecards are frozen
	 * @param organisation the demo organisation
	 * @param personId the id of a person by employee id
	 */
	void awards(Nominations nominations, Scorecards scorecards, DemoOrganisation organisation,
			Function<String, Long> personId) {
		List<String> inIt = organisation.people().stream().filter(Person::inIt).map(Person::employeeId).toList();
		ScorecardPeriod quarter = scorecards.currentPeriod();
		for (int i = 0; i < KEPT_QUARTERS; i++) {
			quarter = quarter.previous();
			// The staff member's leader wins the latest, so that the demo shows a face it
			// knows.
			String nominee = (i == 0) ? organisation.itLeader() : inIt.get(this.random.nextInt(inIt.size()));
			String nominator = (i == 0) ? organisation.itStaff()
					: inIt.stream().filter((person) -> !person.equals(nominee)).findFirst().orElseThrow();
			nominations.recordAwarded(quarter.toString(), "relationship-builder", personId.apply(nominee),
					personId.apply(nominator), REASONS.get(i % REASONS.size()));
			scorecards.freeze(quarter.toString());
		}
	}

	/**
	 * Partners' praise over the last year, to the owners and teams of the relationships
	 * whose partners think well of IT, some signed.
	 * @param praise where praise is recorded
	 * @param relationships the demo portfolio, as the loader reads it
	 * @param doubting the business units that doubt IT, whose partners send none
	 * @return the praise recorded
	 */
	int praise(PartnerPraise praise, List<RelationshipSummary> relationships, Set<String> doubting) {
		List<RelationshipSummary> pleased = relationships.stream()
			.filter((relationship) -> relationship.kind() == UnitKind.BUSINESS_UNIT)
			.filter((relationship) -> !doubting.contains(relationship.counterpartName()))
			.toList();
		int count = 0;
		for (int i = 0; i < PRAISE && !pleased.isEmpty(); i++) {
			RelationshipSummary relationship = pleased.get(this.random.nextInt(pleased.size()));
			Thanks thanks = THANKS.get(this.random.nextInt(THANKS.size()));
			boolean team = this.random.nextInt(3) == 0;
			praise.recordEarlier(relationship.id(), relationship.counterpartId(), team ? null : relationship.ownerId(),
					team ? relationship.itGroupId() : null,
					(this.random.nextBoolean()) ? PARTNERS.get(this.random.nextInt(PARTNERS.size())) : null,
					thanks.values(), thanks.message(),
					this.today.minusDays(DAYS - (long) i * DAYS / PRAISE).atTime(14, this.random.nextInt(60)));
			count++;
		}
		return count;
	}

	/**
	 * This quarter's goals: the staff member's, one measured by the data and one by
	 * check-ins, and their leader's team's business reviews with every strategic partner.
	 * @param goals where goals are set
	 * @param organisation the demo organisation
	 * @param personId the id of a person by employee id
	 * @param unitId the id of a unit by name
	 */
	void goals(Goals goals, DemoOrganisation organisation, Function<String, Long> personId,
			Function<String, Long> unitId) {
		long staff = personId.apply(organisation.itStaff());
		goals.set(new GoalDraft(null, ScorecardScope.PERSON, staff, "Commitments kept on time at 90 %",
				GoalMeasure.COMMITMENTS_ON_TIME, 90.0));
		GoalSummary introductions = goals.set(new GoalDraft(null, ScorecardScope.PERSON, staff,
				"Introduce Finance's new controller to the architects", GoalMeasure.CHECK_IN, 100.0));
		goals.checkIn(introductions.id(), 40, "Met once; the architects' review is booked for next month.");
		goals.set(new GoalDraft(null, ScorecardScope.GROUP, unitId.apply(teamOf(organisation)),
				"A business review with every strategic partner", GoalMeasure.BUSINESS_REVIEWS, 100.0));
	}

	/**
	 * The goals of the three quarters before this one, where they ended: the staff
	 * member's commitments and an introduction followed by check-ins, and their team's
	 * business reviews, so that scorecards of earlier quarters show goals beside them.
	 * @param goals where goals are recorded
	 * @param scorecards the quarters
	 * @param organisation the demo organisation
	 * @param personId the id of a person by employee id
	 * @param unitId the id of a unit by name
	 */
	void earlierGoals(Goals goals, Scorecards scorecards, DemoOrganisation organisation,
			Function<String, Long> personId, Function<String, Long> unitId) {
		long staff = personId.apply(organisation.itStaff());
		long team = unitId.apply(teamOf(organisation));
		ScorecardPeriod quarter = scorecards.currentPeriod();
		for (int i = 1; i < KEPT_QUARTERS; i++) {
			quarter = quarter.previous();
			goals.recordEarlier(new GoalDraft(quarter.toString(), ScorecardScope.PERSON, staff,
					"Commitments kept on time at 90 %", GoalMeasure.COMMITMENTS_ON_TIME, 90.0), null);
			goals.recordEarlier(new GoalDraft(quarter.toString(), ScorecardScope.PERSON, staff,
					EARLIER_INTRODUCTIONS.get(i - 1), GoalMeasure.CHECK_IN, 100.0), 60 + 20 * (i - 1));
			goals.recordEarlier(
					new GoalDraft(quarter.toString(), ScorecardScope.GROUP, team,
							"A business review with every strategic partner", GoalMeasure.BUSINESS_REVIEWS, 100.0),
					null);
		}
	}

	private static final List<String> EARLIER_INTRODUCTIONS = List.of(
			"Introduce the plant managers to the network team", "Walk HR through the new service catalogue",
			"Set up a monthly call with Sales operations");

	private static String teamOf(DemoOrganisation organisation) {
		return organisation.people()
			.stream()
			.filter((person) -> person.employeeId().equals(organisation.itLeader()))
			.findFirst()
			.orElseThrow()
			.unitName();
	}

	static final int PRAISE = 30;

	/** Partners who sign their praise; the demo's stakeholders are not named in it. */
	private static final List<String> PARTNERS = List.of("A plant manager", "The head of payroll",
			"A regional sales lead", "The marketing operations lead");

	/** The quarters whose awards and scorecards the demo keeps. */
	static final int KEPT_QUARTERS = 4;

	private static final List<String> REASONS = List.of(
			"Turned a tense quarter with Finance around: weekly calls, every action closed on the day agreed.",
			"Set up the first business reviews with the plant managers and kept them going.",
			"Explained the network upgrade to every affected team before it happened; not one complaint.",
			"Took on the relationship with the souring vendor and brought the escalations down to none.");

	private record Thanks(List<String> values, String message) {
	}

}
