package org.rapport.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StateConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mentoring programmes: sign-ups under the rules, a matching run that finds the best
 * pairs for the whole programme and says why some mentees are left without a mentor,
 * changes by hand that refuse a full mentor or one in the reporting line and store
 * nothing, a publication that emails the pairs and happens once even when two race, and
 * sessions only the pair reads.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class MentoringTests {

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

	@Autowired
	JdbcClient jdbc;

	RelationshipMother mother;

	String run;

	long unit;

	long boss;

	long ada;

	long ben;

	long dan;

	long eve;

	long fay;

	long clerk;

	@BeforeEach
	void people() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.run = UUID.randomUUID().toString().substring(0, 8);
		this.unit = this.mother.itGroup("Mentoring IT");
		this.boss = person("Boss", null, true);
		this.ada = person("Ada", this.boss, true);
		this.ben = person("Ben", null, true);
		this.dan = person("Dan", null, true);
		this.eve = person("Eve", null, true);
		this.fay = person("Fay", null, true);
		this.clerk = person("Clerk", null, false);
		this.mother.account("head-" + this.run, "head-password-1", person("Head", null, true),
				Role.RELATIONSHIP_MANAGER);
	}

	@Test
	void theMatchingFindsTheBestPairsForTheWholeProgrammeAndSaysWhyOthersHaveNone() {
		long programme = programme();
		mentor(this.boss, programme, List.of("empathy", "influence"), 1);
		mentor(this.ben, programme, List.of("empathy"), 1);
		// Ada reports to Boss and asked for Ben; Dan wants both of Boss's strengths; no
		// one offers Eve's goal; Fay wants what Ben and Boss offer, but they are full.
		mentee(this.ada, programme, List.of("empathy"), List.of(this.ben));
		mentee(this.dan, programme, List.of("empathy", "influence"), List.of());
		mentee(this.eve, programme, List.of("handling-conflict"), List.of());
		mentee(this.fay, programme, List.of("empathy"), List.of());

		MentoringProposal proposal = asHead(() -> this.mentoring.match(programme));

		assertThat(proposal.state()).isEqualTo(ProgrammeState.MATCHED);
		assertThat(proposal.matched()).isEqualTo(2);
		// Ada and Ben: 10 + 5 asked for; Dan and Boss: 10 + 10.
		assertThat(proposal.totalScore()).isEqualTo(35);
		assertThat(proposal.pairs()).extracting((pair) -> pair.menteeId() + "-" + pair.mentorId())
			.containsExactlyInAnyOrder(this.ada + "-" + this.ben, this.dan + "-" + this.boss);
		assertThat(pairOf(proposal, this.dan).shared()).containsExactly("empathy", "influence");
		assertThat(pairOf(proposal, this.ada).preferred()).isTrue();
		assertThat(proposal.unmatched()).extracting(UnmatchedMentee::menteeId, UnmatchedMentee::reason)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(this.eve, UnmatchedReason.NO_FIT),
					org.assertj.core.groups.Tuple.tuple(this.fay, UnmatchedReason.NO_PLACE));

		// Running it again replaces the proposal rather than adding to it.
		assertThat(asHead(() -> this.mentoring.match(programme)).pairs()).hasSize(2);
		assertThatThrownBy(() -> as(this.ben, () -> this.mentoring.match(programme)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aPairChangedByHandRefusesAFullMentorAndTheReportingLineAndStoresNothing() {
		long programme = programme();
		mentor(this.boss, programme, List.of("empathy", "influence"), 1);
		mentor(this.ben, programme, List.of("empathy"), 1);
		// Ada asked for Ben, and Boss is her manager; Dan wants both of Boss's strengths.
		mentee(this.ada, programme, List.of("empathy"), List.of(this.ben));
		mentee(this.dan, programme, List.of("empathy", "influence"), List.of());
		mentee(this.fay, programme, List.of("empathy"), List.of());
		MentoringProposal before = asHead(() -> this.mentoring.match(programme));
		assertThat(pairOf(before, this.dan).mentorId()).isEqualTo(this.boss);

		assertRefused(programme, new PairChange(this.fay, this.boss, null), "mentorId",
				"development.mentoring.pair.capacity");
		assertRefused(programme, new PairChange(this.ada, this.boss, null), "mentorId",
				"development.mentoring.pair.line");
		assertRefused(programme, new PairChange(this.fay, this.fay, null), "mentorId",
				"development.mentoring.pair.mentor");
		assertRefused(programme, new PairChange(this.eve, this.ben, null), "menteeId",
				"development.mentoring.pair.mentee");
		assertThat(asHead(() -> this.mentoring.proposal(programme))).isEqualTo(before);

		MentoringProposal freed = asHead(
				() -> this.mentoring.changePair(programme, new PairChange(this.dan, null, before.version())));
		assertThat(freed.unmatched()).extracting(UnmatchedMentee::menteeId, UnmatchedMentee::reason)
			.contains(org.assertj.core.groups.Tuple.tuple(this.dan, UnmatchedReason.REMOVED));
		MentoringProposal changed = asHead(
				() -> this.mentoring.changePair(programme, new PairChange(this.fay, this.boss, freed.version())));
		assertThat(pairOf(changed, this.fay).mentorId()).isEqualTo(this.boss);
		assertThat(pairOf(changed, this.fay).score()).isEqualTo(10);
		assertThat(changed.unmatched()).extracting(UnmatchedMentee::menteeId).doesNotContain(this.fay);
		// A change over the version before is refused.
		assertThatThrownBy(() -> asHead(
				() -> this.mentoring.changePair(programme, new PairChange(this.dan, this.boss, freed.version()))))
			.isInstanceOf(org.rapport.shared.StaleVersionException.class);
	}

	@Test
	void publishedPairsAreEmailedAndLogSessionsOnlyThePairReads() {
		long programme = programme();
		mentor(this.ben, programme, List.of("empathy"), 2);
		mentee(this.ada, programme, List.of("empathy"), List.of());
		assertThatThrownBy(() -> asHead(() -> this.mentoring.publish(programme, null))).isInstanceOfSatisfying(
				StateConflictException.class,
				(ex) -> assertThat(ex.getCode()).isEqualTo("development.mentoring.proposal.none"));
		MentoringProposal proposal = asHead(() -> this.mentoring.match(programme));

		ProgrammeSummary published = asHead(() -> this.mentoring.publish(programme, proposal.version()));

		assertThat(published.state()).isEqualTo(ProgrammeState.PUBLISHED);
		assertThat(this.jdbc.sql("select recipient from notification_email where wave = :wave order by email_key")
			.param("wave", "mentoring-" + programme)
			.query(String.class)
			.list()).containsExactly(email("Ada"), email("Ben"));
		assertThatThrownBy(() -> asHead(() -> this.mentoring.match(programme)))
			.isInstanceOf(StateConflictException.class);

		MentorshipSummary pair = as(this.ada, () -> this.mentoring.myPairs()).get(0);
		assertThat(pair.mentorId()).isEqualTo(this.ben);
		assertThat(pair.state()).isEqualTo(PairState.ACTIVE);
		as(this.ben, () -> this.mentoring.logSession(pair.id(),
				new SessionDraft(LocalDate.now().minusDays(1), "Talked through the Finance escalation.")));
		assertThat(as(this.ada, () -> this.mentoring.pair(pair.id())).sessions()).singleElement()
			.satisfies((session) -> assertThat(session.note()).isEqualTo("Talked through the Finance escalation."));
		assertThatThrownBy(() -> as(this.dan, () -> this.mentoring.pair(pair.id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> asHead(() -> this.mentoring.pair(pair.id()))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(this.dan,
				() -> this.mentoring.logSession(pair.id(), new SessionDraft(LocalDate.now(), "Not mine."))))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(this.ada,
				() -> this.mentoring.logSession(pair.id(), new SessionDraft(LocalDate.now().plusDays(3), "Later."))))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("heldOn"));
		assertThatThrownBy(() -> as(this.ada, () -> this.mentoring.closePair(pair.id(), new PairClosure(" ", null))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("outcome"));

		MentorshipSummary closed = as(this.ada,
				() -> this.mentoring.closePair(pair.id(), new PairClosure("I run my reviews calmly now.", null)));
		assertThat(closed.state()).isEqualTo(PairState.CLOSED);
		// The programme closes with its last pair.
		assertThat(asHead(() -> this.mentoring.programme(programme)).state()).isEqualTo(ProgrammeState.CLOSED);
		assertThatThrownBy(() -> as(this.ben,
				() -> this.mentoring.logSession(pair.id(), new SessionDraft(LocalDate.now(), "After."))))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void badSignUpsAreRefusedNamingTheirFieldAndNothingIsStored() {
		long programme = programme();
		long before = signUps();
		assertMentorRefused(programme, new MentorDraft(List.of(), 2), "strengths");
		assertMentorRefused(programme,
				new MentorDraft(List.of("empathy", "influence", "reliability", "collaboration"), 2), "strengths");
		assertMentorRefused(programme, new MentorDraft(List.of("juggling"), 2), "strengths");
		assertMentorRefused(programme, new MentorDraft(List.of("empathy"), 0), "capacity");
		assertMentorRefused(programme, new MentorDraft(List.of("empathy"), 6), "capacity");
		assertMenteeRefused(programme, new MenteeDraft(List.of(), "Grow.", null, null), "goals");
		assertMenteeRefused(programme, new MenteeDraft(List.of("empathy"), " ", null, null), "note");
		assertMenteeRefused(programme, new MenteeDraft(List.of("empathy"), "Grow.", List.of(this.clerk), null),
				"preferredMentorIds");
		assertMenteeRefused(programme, new MenteeDraft(List.of("empathy"), "Grow.", null, List.of(this.ada)),
				"avoidedMentorIds");
		assertMenteeRefused(programme,
				new MenteeDraft(List.of("empathy"), "Grow.", List.of(this.ben), List.of(this.ben)), "avoidedMentorIds");
		assertThat(signUps()).isEqualTo(before);

		mentor(this.ada, programme, List.of("empathy"), 1);
		assertThatThrownBy(() -> mentor(this.ada, programme, List.of("influence"), 2))
			.isInstanceOfSatisfying(AlreadyExistsException.class, (ex) -> assertThat(ex.getField()).isEqualTo("role"));
		// The same person may also be a mentee, never their own mentor.
		mentee(this.ada, programme, List.of("influence"), List.of());
		assertThatThrownBy(() -> mentor(this.clerk, programme, List.of("empathy"), 1)).isInstanceOfSatisfying(
				StateConflictException.class,
				(ex) -> assertThat(ex.getCode()).isEqualTo("development.mentoring.notInIt"));
		assertThat(signUps()).isEqualTo(before + 2);
		assertThatThrownBy(() -> as(this.ada, () -> this.mentoring.create(new ProgrammeDraft("Mine", null))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> asHead(() -> this.mentoring.create(new ProgrammeDraft(" ", null))))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("name"));
	}

	@Test
	void twoPublicationsAtOncePublishOnce() throws Exception {
		long programme = programme();
		mentor(this.ben, programme, List.of("empathy"), 2);
		mentee(this.ada, programme, List.of("empathy"), List.of());
		mentee(this.dan, programme, List.of("empathy"), List.of());
		asHead(() -> this.mentoring.match(programme));
		// Each publication would email Ada, Dan and Ben twice, once for each of his
		// pairs.
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			List<Future<Boolean>> publications = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				publications.add(pool.submit(() -> {
					start.await();
					try {
						asHead(() -> this.mentoring.publish(programme, null));
						return true;
					}
					catch (StateConflictException ex) {
						assertThat(ex.getCode()).isEqualTo("development.mentoring.published");
						return false;
					}
				}));
			}
			int published = 0;
			for (Future<Boolean> publication : publications) {
				published += publication.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(published).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("select count(*) from notification_email where wave = :wave")
			.param("wave", "mentoring-" + programme)
			.query(Long.class)
			.single()).isEqualTo(4);
		assertThat(asHead(() -> this.mentoring.proposal(programme)).pairs())
			.allSatisfy((pair) -> assertThat(pair.state()).isEqualTo(PairState.ACTIVE));
	}

	private long programme() {
		return asHead(() -> this.mentoring.create(new ProgrammeDraft("Mentoring " + this.run, "For the test."))).id();
	}

	private void mentor(long person, long programme, List<String> strengths, int capacity) {
		as(person, () -> this.mentoring.signUpAsMentor(programme, new MentorDraft(strengths, capacity)));
	}

	private void mentee(long person, long programme, List<String> goals, List<Long> preferred) {
		as(person, () -> this.mentoring.signUpAsMentee(programme, new MenteeDraft(goals, "To grow.", preferred, null)));
	}

	private void assertRefused(long programme, PairChange change, String field, String code) {
		assertThatThrownBy(() -> asHead(() -> this.mentoring.changePair(programme, change)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo(field);
				assertThat(ex.getCode()).isEqualTo(code);
			});
	}

	private void assertMentorRefused(long programme, MentorDraft draft, String field) {
		assertThatThrownBy(() -> as(this.ada, () -> this.mentoring.signUpAsMentor(programme, draft)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

	private void assertMenteeRefused(long programme, MenteeDraft draft, String field) {
		assertThatThrownBy(() -> as(this.ada, () -> this.mentoring.signUpAsMentee(programme, draft)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

	private static ProposedPair pairOf(MentoringProposal proposal, long mentee) {
		return proposal.pairs().stream().filter((pair) -> pair.menteeId() == mentee).findFirst().orElseThrow();
	}

	private long signUps() {
		return this.jdbc.sql("select count(*) from development_mentoring_signup").query(Long.class).single();
	}

	private long person(String name, Long manager, boolean inIt) {
		long id = SignedIn.asSystem(() -> this.directory
			.createPerson(
					new PersonDraft(name + " " + this.run, null, email(name), null, this.unit, manager, inIt, null))
			.id());
		if (!name.equals("Head")) {
			this.mother.account(login(id), "person-password-1", id, Role.IT_STAFF);
		}
		return id;
	}

	private String email(String name) {
		return name.toLowerCase() + "." + this.run + "@example.org";
	}

	private static String login(long person) {
		return "mentoring-" + person;
	}

	private <T> T as(long person, Supplier<T> action) {
		return SignedIn.as(this.users, login(person), action);
	}

	private <T> T asHead(Supplier<T> action) {
		return SignedIn.as(this.users, "head-" + this.run, action);
	}

}
