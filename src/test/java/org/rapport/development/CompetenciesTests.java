package org.rapport.development;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.Role;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StaleVersionException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The competency framework: Rapport's default of eight soft skills with four levels each,
 * kept by the head of relationship management under one set of rules for the page, the
 * API and CSV imports; an import with a bad row stores nothing, and what an export writes
 * an import takes back unchanged.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class CompetenciesTests {

	@Autowired
	Competencies competencies;

	@Autowired
	MessageSource messages;

	@Test
	void theDefaultFrameworkHasEightSoftSkillsWithFourLevelsEach() {
		List<CompetencySummary> framework = asStaff(() -> this.competencies.framework());

		assertThat(framework).extracting(CompetencySummary::key)
			.startsWith("active-listening", "clear-communication", "empathy", "business-understanding", "reliability",
					"influence", "handling-conflict", "collaboration");
		assertThat(framework.subList(0, 8)).allSatisfy((competency) -> {
			assertThat(competency.levels()).hasSize(4).allSatisfy((indicator) -> assertThat(indicator).isNotBlank());
			assertThat(competency.active()).isTrue();
		});
		assertThat(framework.get(0).levels().get(0)).isEqualTo("Lets the partner finish and notes what they ask for.");
	}

	@Test
	void theHeadAddsChangesAndRetiresACompetencyAndOthersMayOnlyRead() {
		CompetencySummary added = asHead(() -> this.competencies.add(draft("Négociation ouverte")));
		assertThat(added.key()).isEqualTo("negociation-ouverte");
		assertThat(added.levels()).containsExactly("Listens.", "Asks.", "Agrees.", "Leads.");

		CompetencySummary changed = asHead(
				() -> this.competencies.change(added.key(), new CompetencyDraft("Open negotiation",
						"Finds terms both sides keep.", List.of("Listens.", "Asks.", "Agrees terms.", "Leads."), null),
						added.version()));
		assertThat(changed.key()).isEqualTo(added.key());
		assertThat(changed.name()).isEqualTo("Open negotiation");
		assertThat(changed.levels().get(2)).isEqualTo("Agrees terms.");
		assertThat(changed.version()).isGreaterThan(added.version());

		// A change over the version before is someone else's change overwritten: refused.
		assertThatThrownBy(
				() -> asHead(() -> this.competencies.change(added.key(), draft("Open negotiation"), added.version())))
			.isInstanceOf(StaleVersionException.class);
		assertThat(asHead(() -> this.competencies.activate(added.key(), false)).active()).isFalse();
		assertThat(asStaff(() -> this.competencies.competency(added.key())).active()).isFalse();

		assertThatThrownBy(() -> asStaff(() -> this.competencies.add(draft("Staff skill"))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> asStaff(() -> this.competencies.activate(added.key(), true)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void badCompetenciesAreRefusedNamingTheirFieldAndNothingIsStored() {
		int before = asHead(() -> this.competencies.framework()).size();
		assertRefused(new CompetencyDraft(" ", "What.", levels(), null), "name");
		assertRefused(new CompetencyDraft("x".repeat(81), "What.", levels(), null), "name");
		assertRefused(new CompetencyDraft("No description", "", levels(), null), "description");
		assertRefused(new CompetencyDraft("Three levels", "What.", List.of("One.", "Two.", "Three."), null), "levels");
		assertRefused(new CompetencyDraft("Blank level", "What.", List.of("One.", "Two.", " ", "Four."), null),
				"levels[2]");
		assertRefused(new CompetencyDraft("Control", "What.", List.of("One\u0007.", "Two.", "Three.", "Four."), null),
				"levels[0]");
		assertThatThrownBy(() -> asHead(() -> this.competencies.add(draft("Active listening"))))
			.isInstanceOfSatisfying(AlreadyExistsException.class, (ex) -> assertThat(ex.getField()).isEqualTo("name"));
		assertThat(asHead(() -> this.competencies.framework())).hasSize(before);
	}

	@Test
	void anImportWithABadRowStoresNothingAndListsTheRowsWithWhy() {
		List<CompetencySummary> before = asHead(() -> this.competencies.framework());
		String csv = """
				key,name,description,level_1,level_2,level_3,level_4,active
				empathy,Empathy changed,Changed.,One.,Two.,Three.,Four.,yes
				,Storytelling,Tells the story of a change.,One.,Two.,Three.,Four.,
				,Storytelling,Twice in one file.,One.,Two.,Three.,Four.,
				,Blank level,What.,One.,,Three.,Four.,
				Bad Key,Bad key,What.,One.,Two.,Three.,Four.,
				,Maybe,What.,One.,Two.,Three.,Four.,perhaps
				""";

		CompetencyImport imported = asHead(() -> this.competencies.importCsv(csv.getBytes(StandardCharsets.UTF_8)));

		assertThat(imported.stored()).isFalse();
		assertThat(imported.rejected()).extracting((rejection) -> rejection.row()).containsExactly(4, 5, 6, 7);
		assertThat(reasons(imported)).containsExactly("The file holds storytelling twice.",
				"Describe level 2 in up to 300 characters.",
				"\"Bad Key\" is not a key: a key is lower-case letters and digits joined by dashes.",
				"\"perhaps\" in active is neither yes nor no.");
		assertThat(asHead(() -> this.competencies.framework())).isEqualTo(before);
	}

	@Test
	void whatAnExportWritesAnImportTakesBackAndAGoodFileAddsAndChanges() {
		asHead(() -> this.competencies.add(draft("Facilitation")));
		StringBuilder export = new StringBuilder(String.join(",", Competencies.CSV_HEADERS)).append('\n');
		for (CompetencySummary competency : asHead(() -> this.competencies.framework())) {
			export.append(competency.key())
				.append(",\"")
				.append(competency.name())
				.append("\",\"")
				.append(competency.description().replace("\"", "\"\""))
				.append('"');
			competency.levels().forEach((level) -> export.append(",\"").append(level).append('"'));
			export.append(',').append(competency.active() ? "yes" : "no").append('\n');
		}
		int size = asHead(() -> this.competencies.framework()).size();

		CompetencyImport same = asHead(
				() -> this.competencies.importCsv(export.toString().getBytes(StandardCharsets.UTF_8)));
		assertThat(same.rejected()).isEmpty();
		assertThat(same.added()).isZero();
		assertThat(same.changed()).isZero();
		assertThat(same.unchanged()).isEqualTo(size);

		String csv = """
				name;description;level_1;level_2;level_3;level_4;key
				Facilitation;Runs a meeting to a decision.;Keeps time.;Keeps to the agenda.;Draws everyone in.;Leads workshops.;facilitation
				Storytelling;Tells the story of a change.;One.;Two.;Three.;Four.;
				""";
		CompetencyImport imported = asHead(() -> this.competencies.importCsv(csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(imported.stored()).isTrue();
		assertThat(imported.added()).isEqualTo(1);
		assertThat(imported.changed()).isEqualTo(1);
		assertThat(asHead(() -> this.competencies.competency("facilitation")).description())
			.isEqualTo("Runs a meeting to a decision.");
		List<CompetencySummary> after = asHead(() -> this.competencies.framework());
		assertThat(after.get(after.size() - 1).key()).isEqualTo("storytelling");
	}

	@Test
	void twoHeadsAddingTheSameCompetencyAtOnceAddItOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			CyclicBarrier start = new CyclicBarrier(4);
			List<Future<Boolean>> adds = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				adds.add(pool.submit(() -> {
					start.await();
					try {
						asHead(() -> this.competencies.add(draft("Stakeholder mapping")));
						return true;
					}
					catch (AlreadyExistsException ex) {
						return false;
					}
				}));
			}
			int added = 0;
			for (Future<Boolean> add : adds) {
				added += add.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(added).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(asHead(() -> this.competencies.framework())).filteredOn((c) -> c.key().equals("stakeholder-mapping"))
			.hasSize(1);
	}

	private List<String> reasons(CompetencyImport imported) {
		return imported.rejected()
			.stream()
			.map((rejection) -> this.messages.getMessage(rejection.code(), rejection.messageArguments(),
					java.util.Locale.ENGLISH))
			.toList();
	}

	private void assertRefused(CompetencyDraft draft, String field) {
		assertThatThrownBy(() -> asHead(() -> this.competencies.add(draft)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

	private static CompetencyDraft draft(String name) {
		return new CompetencyDraft(name, "What it is.", levels(), null);
	}

	private static List<String> levels() {
		return List.of("Listens.", "Asks.", "Agrees.", "Leads.");
	}

	private static <T> T asHead(java.util.function.Supplier<T> action) {
		return SignedIn.withRole("framework-head", Role.RELATIONSHIP_MANAGER, action);
	}

	private static <T> T asStaff(java.util.function.Supplier<T> action) {
		return SignedIn.withRole("framework-staff", Role.IT_STAFF, action);
	}

}
