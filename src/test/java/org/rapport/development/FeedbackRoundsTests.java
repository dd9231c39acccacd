package org.rapport.development;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.AtOnce;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
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
 * 360 rounds: Sam nominates three peers, two partners and a direct report over two
 * competencies; Mia, Sam's manager, approves; everyone answers through their own link. In
 * the report, with thresholds of 3, peers show on active listening (three rated it) but
 * not on clear communication (one had not seen it), partners and the report never: active
 * listening reads self 4 against others 2.3 (manager 2, peers 2, 2 and 3: 9 / 4), a blind
 * spot of 1.7; clear communication reads self 3 against the manager's 3.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class FeedbackRoundsTests {

	private static final Pattern LINK = Pattern.compile("/f/([A-Za-z0-9_-]{22})");

	private static final List<String> TWO = List.of("active-listening", "clear-communication");

	@Autowired
	FeedbackRounds rounds;

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

	long mia;

	long sam;

	long rae;

	List<Long> peers;

	List<Long> partners;

	long outsideIt;

	String samLogin;

	String miaLogin;

	String peerLogin;

	@BeforeEach
	void samAndTheirRaters() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long it = this.mother.itGroup("Feedback IT");
		long finance = this.mother.businessUnit("Feedback Finance");
		this.mia = this.mother.person("Feedback Mia", it, true, null);
		this.sam = this.mother.person("Feedback Sam", it, true, this.mia);
		this.rae = this.mother.person("Feedback Rae", it, true, this.sam);
		this.peers = List.of(this.mother.person("Feedback Pia", it, true, this.mia),
				this.mother.person("Feedback Pat", it, true, this.mia),
				this.mother.person("Feedback Pol", it, true, null));
		this.partners = List.of(this.mother.person("Feedback Bea", finance, false, null),
				this.mother.person("Feedback Bob", finance, false, null));
		this.outsideIt = this.partners.get(0);
		this.samLogin = "feedback-sam-" + this.mother.run();
		this.miaLogin = "feedback-mia-" + this.mother.run();
		this.peerLogin = "feedback-pia-" + this.mother.run();
		this.mother.account(this.samLogin, "sam-password-1", this.sam, Role.IT_STAFF);
		this.mother.account(this.miaLogin, "mia-password-1", this.mia, Role.IT_LEADER);
		this.mother.account(this.peerLogin, "pia-password-1", this.peers.get(0), Role.IT_STAFF);
	}

	@Test
	void theReportShowsEachGroupFromItsThresholdAndNamesTheBlindSpot() {
		FeedbackRoundSummary started = as(this.samLogin, () -> this.rounds.start(draft()));
		assertThat(started.state()).isEqualTo(FeedbackRoundState.NOMINATING);
		assertThat(started.raters()).extracting(RaterSummary::group)
			.containsExactly(RaterGroup.SELF, RaterGroup.MANAGER, RaterGroup.PEER, RaterGroup.PEER, RaterGroup.PEER,
					RaterGroup.PARTNER, RaterGroup.PARTNER, RaterGroup.REPORT);
		as(this.samLogin, () -> this.rounds.submit(started.id(), started.version()));
		FeedbackRoundSummary open = as(this.miaLogin, () -> this.rounds.approve(started.id(), null));
		assertThat(open.state()).isEqualTo(FeedbackRoundState.OPEN);
		Map<Long, String> links = links(started.id());
		assertThat(links).hasSize(8);

		FeedbackInvitation invitation = this.rounds.invitation(links.get(this.peers.get(0)));
		assertThat(invitation.group()).isEqualTo(RaterGroup.PEER);
		assertThat(invitation.competencies()).extracting(CompetencySummary::key).isEqualTo(TWO);
		assertThat(invitation.competencies().get(0).levels()).hasSize(4);

		answer(links.get(this.sam), 4, 3, "I listen well", null);
		answer(links.get(this.mia), 2, 3, null, "Clear in steering meetings");
		answer(links.get(this.peers.get(0)), 2, 3, "Interrupts", null);
		answer(links.get(this.peers.get(1)), 2, 0, "Hears me out", null);
		answer(links.get(this.peers.get(2)), 3, 4, "Listens", "Too technical");
		answer(links.get(this.partners.get(0)), 1, 2, "Never calls back", null);
		answer(links.get(this.partners.get(1)), 1, 2, null, null);
		answer(links.get(this.rae), 3, 3, null, null);

		assertThatThrownBy(() -> as(this.samLogin, () -> this.rounds.report(started.id()))).isInstanceOfSatisfying(
				StateConflictException.class, (ex) -> assertThat(ex.getCode()).isEqualTo("development.report.notYet"));
		as(this.miaLogin, () -> this.rounds.close(started.id()));

		FeedbackReport report = as(this.samLogin, () -> this.rounds.report(started.id()));
		assertThat(report.groups())
			.extracting(FeedbackReport.GroupResult::group, FeedbackReport.GroupResult::answered,
					FeedbackReport.GroupResult::shown)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RaterGroup.SELF, 1, true),
					org.assertj.core.groups.Tuple.tuple(RaterGroup.MANAGER, 1, true),
					org.assertj.core.groups.Tuple.tuple(RaterGroup.PEER, 3, true),
					org.assertj.core.groups.Tuple.tuple(RaterGroup.PARTNER, 2, false),
					org.assertj.core.groups.Tuple.tuple(RaterGroup.REPORT, 1, false));
		FeedbackReport.CompetencyResult listening = report.competencies().get(0);
		assertThat(listening.means()).containsExactlyInAnyOrderEntriesOf(
				Map.of(RaterGroup.SELF, 4.0, RaterGroup.MANAGER, 2.0, RaterGroup.PEER, 2.3));
		assertThat(listening.others()).isEqualTo(2.3);
		assertThat(listening.gap()).isEqualTo(1.7);
		assertThat(listening.finding()).isEqualTo(FeedbackReport.Finding.BLIND_SPOT);
		assertThat(listening.comments()).containsExactlyInAnyOrderEntriesOf(Map.of(RaterGroup.SELF,
				List.of("I listen well"), RaterGroup.PEER, List.of("Hears me out", "Interrupts", "Listens")));
		FeedbackReport.CompetencyResult clear = report.competencies().get(1);
		assertThat(clear.means())
			.containsExactlyInAnyOrderEntriesOf(Map.of(RaterGroup.SELF, 3.0, RaterGroup.MANAGER, 3.0));
		assertThat(clear.others()).isEqualTo(3.0);
		assertThat(clear.finding()).isEqualTo(FeedbackReport.Finding.AGREED);
		// One peer's comment of three is no group: it stays unread, as do the partners'.
		assertThat(clear.comments()).containsOnlyKeys(RaterGroup.MANAGER);
		assertThat(report.blindSpots()).extracting(FeedbackReport.CompetencyResult::key)
			.containsExactly("active-listening");

		assertThat(as(this.miaLogin, () -> this.rounds.report(started.id())).competencies()).hasSize(2);
		assertThatThrownBy(() -> as(this.peerLogin, () -> this.rounds.report(started.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(this.peerLogin, () -> this.rounds.round(started.id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.rounds.invitation(links.get(this.rae))).isInstanceOfSatisfying(
				FeedbackLinkException.class,
				(ex) -> assertThat(ex.getReason()).isEqualTo(FeedbackLinkException.Reason.CLOSED));
		assertThat(this.rounds.gapsOf(List.of(this.sam, this.mia)))
			.containsExactly(Map.entry(this.sam, java.util.Set.of("active-listening")));
	}

	@Test
	void badRatersAreRefusedNamingTheirFieldAndNothingIsStored() {
		FeedbackRoundSummary round = as(this.samLogin, () -> this.rounds
			.start(new FeedbackRoundDraft(null, java.time.LocalDate.now().plusDays(10), TWO, List.of())));
		assertRefused(round.id(), new RaterDraft(this.sam, RaterGroup.PEER), "personId", "development.rater.self");
		assertRefused(round.id(), new RaterDraft(this.mia, RaterGroup.PARTNER), "personId",
				"development.rater.manager");
		assertRefused(round.id(), new RaterDraft(this.outsideIt, RaterGroup.PEER), "personId",
				"development.rater.peer");
		assertRefused(round.id(), new RaterDraft(this.peers.get(0), RaterGroup.PARTNER), "personId",
				"development.rater.partner");
		assertRefused(round.id(), new RaterDraft(this.peers.get(1), RaterGroup.REPORT), "personId",
				"development.rater.report");
		assertRefused(round.id(), new RaterDraft(this.peers.get(1), RaterGroup.SELF), "group",
				"development.rater.group");
		as(this.samLogin, () -> this.rounds.nominate(round.id(), new RaterDraft(this.rae, RaterGroup.REPORT)));
		assertThatThrownBy(() -> as(this.samLogin,
				() -> this.rounds.nominate(round.id(), new RaterDraft(this.rae, RaterGroup.PEER))))
			.isInstanceOfSatisfying(AlreadyExistsException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("personId"));
		assertThat(as(this.samLogin, () -> this.rounds.round(round.id())).raters()).hasSize(3);

		assertThatThrownBy(() -> as(this.samLogin, () -> this.rounds.start(draft()))).isInstanceOfSatisfying(
				StateConflictException.class, (ex) -> assertThat(ex.getCode()).isEqualTo("development.round.running"));
		assertThatThrownBy(() -> as(this.peerLogin,
				() -> this.rounds
					.start(new FeedbackRoundDraft(this.sam, java.time.LocalDate.now().plusDays(9), TWO, List.of()))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(this.miaLogin,
				() -> this.rounds
					.start(new FeedbackRoundDraft(null, java.time.LocalDate.now().plusDays(9), TWO, List.of()))))
			.isInstanceOfSatisfying(StateConflictException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("development.round.noManager"));
		assertThatThrownBy(() -> as(this.peerLogin,
				() -> this.rounds
					.start(new FeedbackRoundDraft(null, java.time.LocalDate.now().minusDays(1), TWO, List.of()))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("closesOn"));
		assertThatThrownBy(() -> as(this.samLogin, () -> this.rounds.approve(round.id(), null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aLinkAnswersOnceAndTwoApprovalsOrStartsAtOnceTakeOne() throws Exception {
		FeedbackRoundSummary started = as(this.samLogin, () -> this.rounds.start(draft()));
		as(this.samLogin, () -> this.rounds.submit(started.id(), null));
		List<Object> approvals = AtOnce.run(2, () -> as(this.miaLogin, () -> this.rounds.approve(started.id(), null)));
		assertThat(approvals).filteredOn(FeedbackRoundSummary.class::isInstance).hasSize(1);
		assertThat(approvals).filteredOn(StateConflictException.class::isInstance).hasSize(1);
		String link = links(started.id()).get(this.peers.get(0));

		List<Object> answers = AtOnce.run(4, () -> {
			this.rounds.answer(link,
					new FeedbackAnswers(Map.of("active-listening", 3, "clear-communication", 2), Map.of()));
			return "answered";
		});
		assertThat(answers).filteredOn("answered"::equals).hasSize(1);
		assertThat(answers).filteredOn(FeedbackLinkException.class::isInstance).hasSize(3);
		assertThat(this.jdbc.sql("select count(*) from development_feedback_answer where round_id = :round")
			.param("round", started.id())
			.query(Long.class)
			.single()).isEqualTo(2);

		// Bad answers name the competency and store nothing.
		String other = links(started.id()).get(this.peers.get(1));
		assertThatThrownBy(
				() -> this.rounds.answer(other, new FeedbackAnswers(Map.of("active-listening", 5), Map.of())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("scores[active-listening]"));
		assertThat(this.rounds.invitation(other).group()).isEqualTo(RaterGroup.PEER);

		long rae2 = this.rae;
		List<Object> starts = AtOnce.run(2, () -> as(this.samLogin, () -> this.rounds
			.start(new FeedbackRoundDraft(rae2, java.time.LocalDate.now().plusDays(5), TWO, List.of()))));
		assertThat(starts).filteredOn(FeedbackRoundSummary.class::isInstance).hasSize(1);
		assertThat(starts).filteredOn(StateConflictException.class::isInstance).hasSize(1);
	}

	private FeedbackRoundDraft draft() {
		List<RaterDraft> raters = new ArrayList<>();
		this.peers.forEach((peer) -> raters.add(new RaterDraft(peer, RaterGroup.PEER)));
		this.partners.forEach((partner) -> raters.add(new RaterDraft(partner, RaterGroup.PARTNER)));
		raters.add(new RaterDraft(this.rae, RaterGroup.REPORT));
		return new FeedbackRoundDraft(null, java.time.LocalDate.now().plusDays(14), TWO, raters);
	}

	private void answer(String link, int listening, int clear, String listeningComment, String clearComment) {
		Map<String, String> comments = new java.util.HashMap<>();
		if (listeningComment != null) {
			comments.put("active-listening", listeningComment);
		}
		if (clearComment != null) {
			comments.put("clear-communication", clearComment);
		}
		this.rounds.answer(link,
				new FeedbackAnswers(Map.of("active-listening", listening, "clear-communication", clear), comments));
	}

	/**
	 * The link each rater was emailed, by their person.
	 */
	private Map<Long, String> links(long roundId) {
		Map<Long, String> links = new java.util.HashMap<>();
		this.jdbc.sql("""
				select p.id, e.arguments from notification_email e join directory_person p on p.email = e.recipient
				where e.wave = :wave and e.template = 'development/feedback-invitation'
				""").param("wave", "feedback-round-" + roundId).query((rs, n) -> {
			Matcher link = LINK.matcher(rs.getString(2));
			assertThat(link.find()).isTrue();
			return links.put(rs.getLong(1), link.group(1));
		}).list();
		return links;
	}

	private void assertRefused(long round, RaterDraft draft, String field, String code) {
		assertThatThrownBy(() -> as(this.samLogin, () -> this.rounds.nominate(round, draft)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo(field);
				assertThat(ex.getCode()).isEqualTo(code);
			});
	}

	private <T> T as(String login, Supplier<T> action) {
		return SignedIn.as(this.users, login, action);
	}

}
