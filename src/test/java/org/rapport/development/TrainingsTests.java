package org.rapport.development;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.MovableClock;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The training catalogue: courses kept by those who steer the portfolio under one set of
 * rules, seats taken while they last and then a waiting list in order, a freed seat going
 * to the first in line, never more enrolled than seats even when many enrol at once, and
 * attendance that counts as completed training and may be rated once.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@Import(MovableClock.Configuration.class)
class TrainingsTests {

	@Autowired
	Trainings trainings;

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

	@Autowired
	MovableClock clock;

	RelationshipMother mother;

	long it;

	String head;

	@BeforeEach
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.it = this.mother.itGroup("Training IT");
		this.head = "training-head-" + this.mother.run();
		this.mother.account(this.head, "head-password-1", this.mother.itPerson("Training Head", this.it),
				Role.RELATIONSHIP_MANAGER);
	}

	@Test
	void seatsGoFirstThenTheWaitingListInOrderAndAFreedSeatGoesToTheFirstInLine() {
		TrainingSummary course = course("Listening that builds trust");
		TrainingSessionSummary session = session(course.id(), 2);
		String ada = colleague("ada");
		String ben = colleague("ben");
		String cleo = colleague("cleo");
		String dan = colleague("dan");

		EnrolmentSummary adaIn = as(ada, () -> this.trainings.enrol(course.id(), session.id()));
		EnrolmentSummary benIn = as(ben, () -> this.trainings.enrol(course.id(), session.id()));
		EnrolmentSummary cleoWaits = as(cleo, () -> this.trainings.enrol(course.id(), session.id()));
		EnrolmentSummary danWaits = as(dan, () -> this.trainings.enrol(course.id(), session.id()));

		assertThat(adaIn.state()).isEqualTo(EnrolmentState.ENROLLED);
		assertThat(adaIn.waitingPosition()).isNull();
		assertThat(benIn.state()).isEqualTo(EnrolmentState.ENROLLED);
		assertThat(cleoWaits.state()).isEqualTo(EnrolmentState.WAITING);
		assertThat(cleoWaits.waitingPosition()).isEqualTo(1);
		assertThat(danWaits.waitingPosition()).isEqualTo(2);
		TrainingSessionSummary full = as(ada, () -> this.trainings.training(course.id())).sessions().get(0);
		assertThat(full.enrolled()).isEqualTo(2);
		assertThat(full.seatsLeft()).isZero();
		assertThat(full.waiting()).isEqualTo(2);
		assertThat(full.mine().id()).isEqualTo(adaIn.id());

		// Ben cancels: Cleo, first in line, takes his seat and Dan moves up.
		assertThat(as(ben, () -> this.trainings.cancel(course.id(), benIn.id())).state())
			.isEqualTo(EnrolmentState.CANCELLED);
		assertThat(as(cleo, () -> this.trainings.mine())).singleElement()
			.satisfies((mine) -> assertThat(mine.state()).isEqualTo(EnrolmentState.ENROLLED));
		assertThat(as(dan, () -> this.trainings.mine()).get(0).waitingPosition()).isEqualTo(1);
		// Dan leaves the list: the seats stay as they are.
		as(dan, () -> this.trainings.cancel(course.id(), danWaits.id()));
		TrainingSessionSummary after = as(ada, () -> this.trainings.training(course.id())).sessions().get(0);
		assertThat(after.enrolled()).isEqualTo(2);
		assertThat(after.waiting()).isZero();
		// Ada gives her seat up with no one waiting: a seat is free again, and Ben takes
		// it
		// by enrolling anew.
		as(ada, () -> this.trainings.cancel(course.id(), adaIn.id()));
		assertThat(as(ben, () -> this.trainings.enrol(course.id(), session.id())).state())
			.isEqualTo(EnrolmentState.ENROLLED);
		assertThat(seatsTaken(session.id())).isEqualTo(2);
		assertThat(as(this.head, () -> this.trainings.enrolments(course.id(), session.id())))
			.extracting(EnrolmentSummary::state)
			.containsExactly(EnrolmentState.ENROLLED, EnrolmentState.ENROLLED, EnrolmentState.CANCELLED,
					EnrolmentState.CANCELLED);
	}

	@Test
	void enrollingTwiceInAStartedSessionOrFromOutsideItIsRefused() {
		TrainingSummary course = course("Explaining outages plainly");
		TrainingSessionSummary session = session(course.id(), 5);
		String ada = colleague("ada");
		EnrolmentSummary enrolled = as(ada, () -> this.trainings.enrol(course.id(), session.id()));

		assertThatThrownBy(() -> as(ada, () -> this.trainings.enrol(course.id(), session.id()))).isInstanceOfSatisfying(
				AlreadyExistsException.class, (ex) -> assertThat(ex.getField()).isEqualTo("sessionId"));
		String clerk = "training-clerk-" + this.mother.run();
		this.mother.account(clerk, "clerk-password-1",
				this.mother.outsider("Training Clerk", this.mother.businessUnit("Training Finance")), Role.IT_STAFF);
		assertThatThrownBy(() -> as(clerk, () -> this.trainings.enrol(course.id(), session.id())))
			.isInstanceOfSatisfying(StateConflictException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("development.enrolment.notInIt"));
		// Another's enrolment is not for Ben to cancel, nor to know of.
		String ben = colleague("ben");
		assertThatThrownBy(() -> as(ben, () -> this.trainings.cancel(course.id(), enrolled.id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(ben, () -> this.trainings.trainingsOf(enrolled.personId())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(as(this.head, () -> this.trainings.trainingsOf(enrolled.personId()))).hasSize(1);

		this.clock.advance(Duration.ofDays(8));
		try {
			assertThatThrownBy(() -> as(ben, () -> this.trainings.enrol(course.id(), session.id())))
				.isInstanceOfSatisfying(StateConflictException.class,
						(ex) -> assertThat(ex.getCode()).isEqualTo("development.enrolment.started"));
			assertThatThrownBy(() -> as(ada, () -> this.trainings.cancel(course.id(), enrolled.id())))
				.isInstanceOfSatisfying(StateConflictException.class,
						(ex) -> assertThat(ex.getCode()).isEqualTo("development.enrolment.cancelStarted"));
		}
		finally {
			this.clock.advance(Duration.ofDays(-8));
		}
		assertThat(count("development_enrolment where session_id = " + session.id())).isEqualTo(1);
	}

	@Test
	void aPersonsManagerReadsTheirTrainingsAndAColleagueUnderTheSameManagerMayNot() {
		TrainingSummary course = course("Knowing the business you serve");
		TrainingSessionSummary session = session(course.id(), 5);
		long managerId = this.mother.person("Training Manager", this.it, true, null);
		String manager = "training-manager-" + this.mother.run();
		this.mother.account(manager, "manager-password-1", managerId, Role.IT_LEADER);
		String ada = "training-report-" + this.mother.run();
		this.mother.account(ada, "report-password-1", this.mother.person("Training Report", this.it, true, managerId),
				Role.IT_STAFF);
		String cole = "training-peer-" + this.mother.run();
		this.mother.account(cole, "peer-password-1", this.mother.person("Training Peer", this.it, true, managerId),
				Role.IT_STAFF);
		EnrolmentSummary enrolled = as(ada, () -> this.trainings.enrol(course.id(), session.id()));

		assertThat(as(manager, () -> this.trainings.trainingsOf(enrolled.personId())))
			.extracting(EnrolmentSummary::trainingTitle)
			.containsExactly(course.title());
		assertThat(as(manager, () -> this.trainings.completedBy(enrolled.personId()))).isEmpty();
		assertThatThrownBy(() -> as(cole, () -> this.trainings.trainingsOf(enrolled.personId())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(cole, () -> this.trainings.completedBy(enrolled.personId())))
			.isInstanceOf(AccessDeniedException.class);
		// Above the manager is not their manager.
		assertThatThrownBy(() -> as(ada, () -> this.trainings.trainingsOf(managerId)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void attendanceMarkedAfterTheSessionBeganCountsAsCompletedTrainingRatedOnce() {
		TrainingSummary course = course("Handling escalations together");
		TrainingSessionSummary session = session(course.id(), 3);
		String ada = colleague("ada");
		String ben = colleague("ben");
		EnrolmentSummary adaIn = as(ada, () -> this.trainings.enrol(course.id(), session.id()));
		EnrolmentSummary benIn = as(ben, () -> this.trainings.enrol(course.id(), session.id()));
		assertThatThrownBy(() -> as(this.head,
				() -> this.trainings.markAttendance(course.id(), adaIn.id(), Attendance.ATTENDED, null)))
			.isInstanceOfSatisfying(StateConflictException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("development.attendance.early"));

		this.clock.advance(Duration.ofDays(8));
		try {
			assertThatThrownBy(() -> as(ada,
					() -> this.trainings.markAttendance(course.id(), adaIn.id(), Attendance.ATTENDED, null)))
				.isInstanceOf(AccessDeniedException.class);
			EnrolmentSummary attended = as(this.head,
					() -> this.trainings.markAttendance(course.id(), adaIn.id(), Attendance.ATTENDED, adaIn.version()));
			assertThat(attended.completed()).isTrue();
			assertThatThrownBy(() -> as(this.head,
					() -> this.trainings.markAttendance(course.id(), adaIn.id(), Attendance.NO_SHOW, adaIn.version())))
				.isInstanceOf(StaleVersionException.class);
			as(this.head, () -> this.trainings.markAttendance(course.id(), benIn.id(), Attendance.NO_SHOW, null));

			assertThat(as(ada, () -> this.trainings.completedBy(adaIn.personId())))
				.extracting(EnrolmentSummary::trainingTitle)
				.containsExactly(course.title());
			assertThat(as(ben, () -> this.trainings.completedBy(benIn.personId()))).isEmpty();

			// Feedback: by the person who attended, within the rules, once.
			assertThatThrownBy(() -> as(ada,
					() -> this.trainings.giveFeedback(course.id(), adaIn.id(), new FeedbackDraft(6, null))))
				.isInstanceOfSatisfying(InvalidInputException.class,
						(ex) -> assertThat(ex.getField()).isEqualTo("rating"));
			assertThatThrownBy(() -> as(ada,
					() -> this.trainings.giveFeedback(course.id(), adaIn.id(), new FeedbackDraft(4, "x".repeat(1001)))))
				.isInstanceOfSatisfying(InvalidInputException.class,
						(ex) -> assertThat(ex.getField()).isEqualTo("comment"));
			assertThatThrownBy(() -> as(ben,
					() -> this.trainings.giveFeedback(course.id(), adaIn.id(), new FeedbackDraft(1, null))))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> as(ben,
					() -> this.trainings.giveFeedback(course.id(), benIn.id(), new FeedbackDraft(1, null))))
				.isInstanceOfSatisfying(StateConflictException.class,
						(ex) -> assertThat(ex.getCode()).isEqualTo("development.feedback.notAttended"));
			EnrolmentSummary rated = as(ada, () -> this.trainings.giveFeedback(course.id(), adaIn.id(),
					new FeedbackDraft(5, "Practical, and the role plays were close to our week.")));
			assertThat(rated.rating()).isEqualTo(5);
			assertThatThrownBy(() -> as(ada,
					() -> this.trainings.giveFeedback(course.id(), adaIn.id(), new FeedbackDraft(3, null))))
				.isInstanceOfSatisfying(AlreadyExistsException.class,
						(ex) -> assertThat(ex.getField()).isEqualTo("rating"));
			TrainingSummary after = as(ben, () -> this.trainings.training(course.id()));
			assertThat(after.averageRating()).isEqualTo(5.0);
			assertThat(after.ratings()).isEqualTo(1);
		}
		finally {
			this.clock.advance(Duration.ofDays(-8));
		}
	}

	@Test
	void sixPeopleEnrollingAtOnceIntoFourSeatsGetFourSeatsAndTwoPlacesInLine() throws Exception {
		TrainingSummary course = course("Influence without authority");
		TrainingSessionSummary session = session(course.id(), 4);
		List<String> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			people.add(colleague("racer" + i));
		}
		ExecutorService pool = Executors.newFixedThreadPool(people.size());
		List<EnrolmentSummary> enrolments = new ArrayList<>();
		try {
			CyclicBarrier start = new CyclicBarrier(people.size());
			List<Future<EnrolmentSummary>> calls = new ArrayList<>();
			for (String login : people) {
				calls.add(pool.submit(() -> {
					start.await();
					return as(login, () -> this.trainings.enrol(course.id(), session.id()));
				}));
			}
			for (Future<EnrolmentSummary> call : calls) {
				enrolments.add(call.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(enrolments).filteredOn((e) -> e.state() == EnrolmentState.ENROLLED).hasSize(4);
		assertThat(enrolments).filteredOn((e) -> e.state() == EnrolmentState.WAITING)
			.extracting(EnrolmentSummary::waitingPosition)
			.containsExactlyInAnyOrder(1, 2);
		assertThat(seatsTaken(session.id())).isEqualTo(4);
		assertThat(count("development_enrolment where state = 'ENROLLED' and session_id = " + session.id()))
			.isEqualTo(4);
	}

	@Test
	void badCoursesAndSessionsAreRefusedNamingTheirFieldAndNothingIsStored() {
		long courses = count("development_course");
		assertCourseRefused(draft(" ", List.of("empathy")), "title");
		assertCourseRefused(draft("!!!", List.of("empathy")), "title");
		assertCourseRefused(new TrainingDraft("No description", " ", true, null, TrainingFormat.COURSE, 60,
				List.of("empathy"), null), "description");
		assertCourseRefused(new TrainingDraft("External, no provider", "What.", false, " ", TrainingFormat.COURSE, 60,
				List.of("empathy"), null), "provider");
		assertCourseRefused(new TrainingDraft("No format", "What.", true, null, null, 60, List.of("empathy"), null),
				"format");
		assertCourseRefused(
				new TrainingDraft("No time", "What.", true, null, TrainingFormat.COURSE, 0, List.of("empathy"), null),
				"durationMinutes");
		assertCourseRefused(draft("No competency", List.of()), "competencies");
		assertCourseRefused(draft("Unknown competency", List.of("juggling")), "competencies");
		TrainingSummary course = course("Writing for the business");
		assertThatThrownBy(() -> as(this.head,
				() -> this.trainings.add(draft(this.mother.named("writing FOR the  business!"), List.of("empathy")))))
			.isInstanceOfSatisfying(AlreadyExistsException.class, (ex) -> assertThat(ex.getField()).isEqualTo("title"));
		assertThat(count("development_course")).isEqualTo(courses + 1);

		long sessions = count("development_session");
		LocalDateTime next = LocalDateTime.now(this.clock).plusDays(7);
		assertSessionRefused(course.id(), new TrainingSessionDraft(null, next, "Room 1", null, 5), "startsAt");
		assertSessionRefused(course.id(),
				new TrainingSessionDraft(next.minusDays(14), next.minusDays(14).plusHours(2), "Room 1", null, 5),
				"startsAt");
		assertSessionRefused(course.id(), new TrainingSessionDraft(next, next.minusHours(1), "Room 1", null, 5),
				"endsAt");
		assertSessionRefused(course.id(), new TrainingSessionDraft(next, next.plusHours(2), " ", " ", 5), "location");
		assertSessionRefused(course.id(),
				new TrainingSessionDraft(next, next.plusHours(2), null, "javascript:alert(1)", 5), "onlineLink");
		assertSessionRefused(course.id(), new TrainingSessionDraft(next, next.plusHours(2), "Room 1", null, 0),
				"capacity");
		assertThat(count("development_session")).isEqualTo(sessions);

		// Only those who steer the portfolio keep the catalogue.
		String ada = colleague("ada");
		assertThatThrownBy(() -> as(ada, () -> this.trainings.add(draft("Staff course", List.of("empathy")))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(ada,
				() -> this.trainings.schedule(course.id(),
						new TrainingSessionDraft(next, next.plusHours(2), "Room 1", null, 5))))
			.isInstanceOf(AccessDeniedException.class);
		// A retired course stays readable and takes no sessions.
		as(this.head, () -> this.trainings.activate(course.id(), false));
		assertThat(as(ada, () -> this.trainings.catalogue(null))).extracting(TrainingSummary::id)
			.doesNotContain(course.id());
		assertThat(as(this.head, () -> this.trainings.catalogue(null))).extracting(TrainingSummary::id)
			.contains(course.id());
		assertThatThrownBy(() -> as(this.head,
				() -> this.trainings.schedule(course.id(),
						new TrainingSessionDraft(next, next.plusHours(2), "Room 1", null, 5))))
			.isInstanceOfSatisfying(StateConflictException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("development.training.retired"));
	}

	@Test
	void theCatalogueFiltersByCompetencyAndSuggestionsFindCoursesOnOffer() {
		TrainingSummary course = as(this.head,
				() -> this.trainings.add(new TrainingDraft("Feedback that lands",
						"Giving and taking feedback with partners.", false, "Northwind Learning",
						TrainingFormat.E_LEARNING, 150, List.of("handling-conflict", "empathy", "empathy"), null)));
		assertThat(course.competencies()).containsExactly("empathy", "handling-conflict");
		assertThat(course.provider()).isEqualTo("Northwind Learning");
		session(course.id(), 10);

		String ada = colleague("ada");
		assertThat(as(ada, () -> this.trainings.catalogue("handling-conflict"))).extracting(TrainingSummary::id)
			.contains(course.id());
		assertThat(as(ada, () -> this.trainings.catalogue("reliability"))).extracting(TrainingSummary::id)
			.doesNotContain(course.id());
		assertThat(as(ada, () -> this.trainings.forCompetency("empathy"))).filteredOn((t) -> t.id() == course.id())
			.singleElement()
			.satisfies((t) -> assertThat(t.sessions()).singleElement()
				.satisfies((s) -> assertThat(s.seatsLeft()).isEqualTo(10)));
		assertThatThrownBy(() -> as(ada, () -> this.trainings.catalogue("juggling"))).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("competency"));
	}

	private TrainingSummary course(String title) {
		return as(this.head, () -> this.trainings.add(draft(this.mother.named(title), List.of("active-listening"))));
	}

	private TrainingSessionSummary session(long course, int seats) {
		LocalDateTime starts = LocalDateTime.now(this.clock).plusDays(7).withNano(0);
		return as(this.head, () -> this.trainings.schedule(course,
				new TrainingSessionDraft(starts, starts.plusHours(3), "Room 4", "https://meet.example.org/x", seats)));
	}

	private static TrainingDraft draft(String title, List<String> competencies) {
		return new TrainingDraft(title, "Practice with partners' real cases.", true, null, TrainingFormat.WORKSHOP, 180,
				competencies, null);
	}

	private String colleague(String name) {
		String login = "training-" + name + "-" + this.mother.run();
		this.mother.account(login, "colleague-password-1", this.mother.itPerson("Training " + name, this.it),
				Role.IT_STAFF);
		return login;
	}

	private void assertCourseRefused(TrainingDraft draft, String field) {
		assertThatThrownBy(() -> as(this.head, () -> this.trainings.add(draft)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

	private void assertSessionRefused(long course, TrainingSessionDraft draft, String field) {
		assertThatThrownBy(() -> as(this.head, () -> this.trainings.schedule(course, draft)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

	private int seatsTaken(long session) {
		return this.jdbc.sql("select seats_taken from development_session where id = :id")
			.param("id", session)
			.query(Integer.class)
			.single();
	}

	private long count(String from) {
		return this.jdbc.sql("select count(*) from " + from).query(Long.class).single();
	}

	private <T> T as(String login, Supplier<T> action) {
		return SignedIn.as(this.users, login, action);
	}

}
