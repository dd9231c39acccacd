package org.rapport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.rapport.commitments.CommitmentDraft;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.commitments.CommitmentState;
import org.rapport.commitments.Transition;
import org.rapport.demo.DemoOrganisation.Person;
import org.rapport.demo.DemoOrganisation.Unit;
import org.rapport.directory.UnitKind;
import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionType;
import org.rapport.relationships.MaturityDraft;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.Side;
import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.Tier;

/**
 * The demo organisation's relationship portfolio: every IT group with a few business
 * units, a vendor or two and a neighbouring IT group, each with an owner from the group,
 * sometimes participants, and stakeholders on the other side. One vendor relationship is
 * souring (its stakeholders are sceptics and detractors, and its counterpart's view of
 * IT's maturity is falling), some relationships rest on their owner alone, and most carry
 * two years of maturity assessments in which IT rates itself higher than its counterpart
 * does.
 */
class DemoPortfolio {

	private static final Tier[] TIERS = { Tier.STRATEGIC, Tier.CORE, Tier.CORE, Tier.TRANSACTIONAL };

	private static final InteractionType[] TYPES = { InteractionType.MEETING, InteractionType.MEETING,
			InteractionType.CALL, InteractionType.CALL, InteractionType.EMAIL, InteractionType.WORKSHOP,
			InteractionType.BUSINESS_REVIEW, InteractionType.SOCIAL };

	private static final String[] TOPICS = { "Roadmap for the coming quarter", "Service review and open incidents",
			"Renewal and licensing questions", "Onboarding of the new team", "Data quality in monthly reporting",
			"Priorities for the next release", "Feedback on the service desk", "Planning the migration weekend",
			"Budget for next year", "Lessons learned from the last outage" };

	private static final String[] NOTES = { "From the quarterly business review", "Asked in the maturity check-in",
			"Said in the steering committee", null, null };

	private static final Stance[] MOODS = { Stance.CHAMPION, Stance.SUPPORTER, Stance.SUPPORTER, Stance.NEUTRAL,
			Stance.NEUTRAL, Stance.SCEPTIC };

	private final DemoOrganisation organisation;

	private final Random random;

	/**
	 * Draws the maturity assessments apart from the rest, so that they leave the
	 * portfolio the other draws make as it was.
	 */
	private final Random maturityRandom;

	private final Map<String, List<Person>> peopleByUnit = new LinkedHashMap<>();

	private boolean staffOwns;

	DemoPortfolio(DemoOrganisation organisation, long seed) {
		this.organisation = organisation;
		this.random = new Random(seed * 31 + 7);
		this.maturityRandom = new Random(seed * 17 + 3);
		organisation.people()
			.forEach((person) -> this.peopleByUnit.computeIfAbsent(person.unitName(), (unit) -> new ArrayList<>())
				.add(person));
	}

	/**
	 * Establishes the portfolio.
	 * @param relationships where relationships are established
	 * @param unitId the id of a unit by its name
	 * @param personId the id of a person by employee id
	 * @return how many relationships were established
	 */
	int load(RelationshipManagement relationships, InteractionManagement interactions, CommitmentManagement commitments,
			LocalDate today, Function<String, Long> unitId, Function<String, Long> personId) {
		List<Unit> groups = units(UnitKind.IT_GROUP).stream()
			.filter((unit) -> unit.parentName() != null && this.peopleByUnit.containsKey(unit.name()))
			.toList();
		List<Unit> businessUnits = units(UnitKind.BUSINESS_UNIT).stream()
			.filter((unit) -> this.peopleByUnit.containsKey(unit.name()))
			.toList();
		List<Unit> vendors = units(UnitKind.VENDOR);
		int established = 0;
		for (int g = 0; g < groups.size(); g++) {
			Unit group = groups.get(g);
			List<Unit> counterparts = new ArrayList<>();
			for (int k = 0; k < 3 && !businessUnits.isEmpty(); k++) {
				counterparts.add(businessUnits.get((g * 3 + k) % businessUnits.size()));
			}
			for (int k = 0; k < 2 && !vendors.isEmpty(); k++) {
				counterparts.add(vendors.get((g * 2 + k) % vendors.size()));
			}
			if (groups.size() > 1) {
				counterparts.add(groups.get((g + 1) % groups.size()));
			}
			for (Unit counterpart : counterparts.stream().distinct().toList()) {
				boolean souring = g == 0 && counterpart.kind() == UnitKind.VENDOR;
				boolean quiet = established % 5 == 0;
				Person owner = ownerFor(group, quiet);
				long id = establish(relationships, group, counterpart, owner, souring, today, unitId, personId);
				touchpoints(interactions, id, owner, souring, quiet, today, personId);
				promises(commitments, id, personId.apply(owner.employeeId()), souring || quiet, today);
				maturity(relationships, id, established, souring, quiet, today);
				established++;
			}
		}
		return established;
	}

	/**
	 * The demo's IT staff member owns the first quiet relationship of their group, so
	 * that signing in as {@code staff} shows a relationship losing touch.
	 */
	private Person ownerFor(Unit group, boolean quiet) {
		List<Person> team = this.peopleByUnit.get(group.name());
		if (quiet && !this.staffOwns) {
			for (Person person : team) {
				if (person.employeeId().equals(this.organisation.itStaff())) {
					this.staffOwns = true;
					return person;
				}
			}
		}
		return team.get(this.random.nextInt(team.size()));
	}

	private long establish(RelationshipManagement relationships, Unit group, Unit counterpart, Person owner,
			boolean souring, LocalDate today, Function<String, Long> unitId, Function<String, Long> personId) {
		List<Person> team = this.peopleByUnit.get(group.name());
		List<Long> participants = new ArrayList<>();
		// A third of the relationships rest on their owner alone.
		int extra = (this.random.nextInt(3) == 0) ? 0 : 1 + this.random.nextInt(2);
		for (int i = 0; i < extra && team.size() > 1; i++) {
			Person participant = team.get(this.random.nextInt(team.size()));
			if (participant != owner) {
				participants.add(personId.apply(participant.employeeId()));
			}
		}
		// Established before the first touchpoint; a quarter were handed over to their
		// owner since.
		Person first = (this.random.nextInt(4) == 0 && team.size() > 1) ? team.get(this.random.nextInt(team.size()))
				: owner;
		long firstId = personId.apply(first.employeeId());
		RelationshipSummary relationship = relationships
			.establishEarlier(
					new RelationshipDraft(unitId.apply(group.name()), unitId.apply(counterpart.name()), firstId,
							souring ? Tier.STRATEGIC : TIERS[this.random.nextInt(TIERS.length)],
							participants.stream().filter((id) -> id != firstId).distinct().toList()),
					today.minusDays(760));
		if (first != owner) {
			relationships.handOverEarlier(relationship.id(), personId.apply(owner.employeeId()),
					today.minusDays(120 + this.random.nextInt(480)));
		}
		List<Person> others = this.peopleByUnit.getOrDefault(counterpart.name(), List.of());
		int count = Math.min(others.size(), 2 + this.random.nextInt(3));
		for (int i = 0; i < count; i++) {
			Person stakeholder = others.get(i);
			int influence = (i == 0) ? 5 : 2 + this.random.nextInt(3);
			Stance stance = souring ? ((i == 0) ? Stance.DETRACTOR : Stance.SCEPTIC)
					: MOODS[this.random.nextInt(MOODS.length)];
			relationships.addStakeholder(relationship.id(),
					new StakeholderDraft(personId.apply(stakeholder.employeeId()), null, null, stakeholder.title(),
							influence, 1 + this.random.nextInt(5), stance, personId.apply(owner.employeeId())));
		}
		return relationship.id();
	}

	/**
	 * Two years of touchpoints at about the tier's cadence; a quiet relationship stopped
	 * months ago, a souring one has turned to escalations and bad sentiment.
	 */
	private void touchpoints(InteractionManagement interactions, long relationshipId, Person owner, boolean souring,
			boolean quiet, LocalDate today, Function<String, Long> personId) {
		LocalDate last = quiet ? today.minusDays(100 + this.random.nextInt(60))
				: today.minusDays(this.random.nextInt(10));
		LocalDate day = today.minusDays(720 + this.random.nextInt(30));
		long ownerId = personId.apply(owner.employeeId());
		List<InteractionDraft> history = new ArrayList<>();
		while (!day.isAfter(last)) {
			boolean recent = day.isAfter(today.minusDays(120));
			InteractionType type = (souring && recent && this.random.nextBoolean()) ? InteractionType.ESCALATION
					: TYPES[this.random.nextInt(TYPES.length)];
			int sentiment = (souring && recent) ? -1 - this.random.nextInt(2) : this.random.nextInt(4) - 1;
			// What the owner keeps to IT about a souring relationship goes in a private
			// note.
			String note = (type == InteractionType.ESCALATION)
					? "They are weighing a second supplier; keep the service credits out of the next review." : null;
			history.add(new InteractionDraft(type, day, TOPICS[this.random.nextInt(TOPICS.length)], sentiment,
					List.of(ownerId), List.of(), note));
			day = day.plusDays(10 + this.random.nextInt(30));
		}
		interactions.logHistory(relationshipId, history);
	}

	/**
	 * A few promises in every state: one due soon, one kept, and in relationships that
	 * are souring or quiet, one overdue and one broken; now and then one renegotiated or
	 * cancelled.
	 */
	private void promises(CommitmentManagement commitments, long relationshipId, long ownerId, boolean troubled,
			LocalDate today) {
		String[] promises = { "Share the service roadmap", "Fix the reporting extract", "Send the licence summary",
				"Arrange a demo of the new portal", "Review the access rights", "Propose a date for the workshop" };
		commitments.make(relationshipId, new CommitmentDraft(promises[this.random.nextInt(promises.length)], ownerId,
				today.plusDays(5 + this.random.nextInt(30)), null));
		long kept = commitments
			.make(relationshipId,
					new CommitmentDraft(promises[this.random.nextInt(promises.length)], ownerId,
							today.plusDays(1 + this.random.nextInt(5)), null))
			.id();
		commitments.transition(kept, new Transition(CommitmentState.KEPT, null));
		if (troubled) {
			// Promises made weeks ago and due before today: people cannot make these, the
			// demo records them as history.
			commitments.recordEarlier(relationshipId,
					new CommitmentDraft(promises[this.random.nextInt(promises.length)], ownerId,
							today.minusDays(3 + this.random.nextInt(20)), null));
			long broken = commitments
				.recordEarlier(relationshipId,
						new CommitmentDraft(promises[this.random.nextInt(promises.length)], ownerId,
								today.minusDays(30), null))
				.id();
			commitments.transition(broken, new Transition(CommitmentState.BROKEN, null));
		}
		if (this.random.nextInt(4) == 0) {
			long moved = commitments
				.make(relationshipId,
						new CommitmentDraft(promises[this.random.nextInt(promises.length)], ownerId, today.plusDays(3),
								null))
				.id();
			commitments.transition(moved, new Transition(CommitmentState.RENEGOTIATED, today.plusDays(40)));
		}
		if (this.random.nextInt(6) == 0) {
			long dropped = commitments
				.make(relationshipId,
						new CommitmentDraft(promises[this.random.nextInt(promises.length)], ownerId, today.plusDays(10),
								null))
				.id();
			commitments.transition(dropped, new Transition(CommitmentState.CANCELLED, null));
		}
	}

	/**
	 * Two years of maturity assessments, about a quarter apart, from both sides. IT
	 * mostly rates itself a level or two above where its counterpart places it; the
	 * souring vendor relationship falls to ad hoc in the counterpart's eyes while IT's
	 * own view holds; a quiet relationship stopped being assessed; one in seven has no
	 * assessment yet and one in ten only IT's own view.
	 */
	private void maturity(RelationshipManagement relationships, long relationshipId, int index, boolean souring,
			boolean quiet, LocalDate today) {
		Random random = this.maturityRandom;
		if (!souring && index % 7 == 3) {
			return;
		}
		boolean onlyIt = !souring && index % 10 == 6;
		int counterpart = 2 + random.nextInt(2);
		// Most of IT sees itself a level higher than its counterpart does; some two.
		int bias = (random.nextInt(3) == 0) ? 2 : ((random.nextInt(4) == 0) ? 0 : 1);
		int it = Math.min(5, counterpart + bias);
		LocalDate last = quiet ? today.minusDays(120 + random.nextInt(30)) : today.minusDays(random.nextInt(20));
		LocalDate day = today.minusDays(700 + random.nextInt(20));
		List<MaturityDraft> history = new ArrayList<>();
		int quarter = 0;
		while (!day.isAfter(last)) {
			boolean recent = day.isAfter(today.minusDays(240));
			if (souring) {
				counterpart = recent ? Math.max(1, counterpart - 1) : 3;
				it = 4;
			}
			else if (random.nextInt(4) == 0) {
				counterpart = Math.max(1, Math.min(5, counterpart + (random.nextBoolean() ? 1 : -1)));
				it = Math.max(it, counterpart);
			}
			history.add(new MaturityDraft(Side.IT, it, day, (quarter == 0) ? "The owner's self-assessment" : null));
			if (!onlyIt) {
				history.add(new MaturityDraft(Side.COUNTERPART, counterpart, day.plusDays(3 + random.nextInt(10)),
						NOTES[random.nextInt(NOTES.length)]));
			}
			quarter++;
			day = day.plusDays(85 + random.nextInt(15));
		}
		// A counterpart's view given after the last day the relationship was in touch
		// would not ring true; neither would one in the future.
		history.removeIf((draft) -> draft.assessedOn().isAfter(quiet ? last : today));
		relationships.assessMaturityHistory(relationshipId, history);
	}

	private List<Unit> units(UnitKind kind) {
		return this.organisation.units().stream().filter((unit) -> unit.kind() == kind).toList();
	}

}
