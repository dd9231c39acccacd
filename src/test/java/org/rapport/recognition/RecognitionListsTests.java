package org.rapport.recognition;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.Role;
import org.rapport.recognition.RecognitionLists.RecognitionList;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The head of relationship management keeps the values and awards: an entry added by its
 * label gets a key made from it, is offered at once, can be renamed, and retired entries
 * are offered no more; a label refused says why and changes nothing.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class RecognitionListsTests {

	@Autowired
	RecognitionLists lists;

	@Autowired
	RecognitionManagement recognition;

	@Autowired
	Nominations nominations;

	@Test
	void aValueIsAddedRenamedRetiredAndRestored() {
		String label = "Followed up " + System.nanoTime();
		RecognitionLists.Entry added = asHead(() -> this.lists.add(RecognitionList.VALUES, "  " + label + " "));
		assertThat(added.key()).isEqualTo(RecognitionLists.key(label)).startsWith("followed-up-");
		assertThat(asHead(() -> this.recognition.values())).extracting(RecognitionValue::label).contains(label);

		asHead(() -> this.lists.rename(RecognitionList.VALUES, added.key(), "Followed up the same day"));
		assertThat(asHead(() -> this.recognition.values())).filteredOn((value) -> value.key().equals(added.key()))
			.singleElement()
			.satisfies((value) -> assertThat(value.label()).isEqualTo("Followed up the same day"));

		asHead(() -> this.lists.activate(RecognitionList.VALUES, added.key(), false));
		assertThat(asHead(() -> this.recognition.values())).extracting(RecognitionValue::key)
			.doesNotContain(added.key());
		assertThat(asHead(() -> this.lists.entries(RecognitionList.VALUES)))
			.filteredOn((entry) -> entry.key().equals(added.key()))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.active()).isFalse());
		asHead(() -> this.lists.activate(RecognitionList.VALUES, added.key(), true));
		assertThat(asHead(() -> this.recognition.values())).extracting(RecognitionValue::key).contains(added.key());
	}

	@Test
	void anAwardIsAddedOnceAndBadLabelsAreRefused() {
		String name = "Bridge builder " + System.nanoTime();
		asHead(() -> this.lists.add(RecognitionList.AWARDS, name));
		assertThat(asHead(() -> this.nominations.awards())).extracting(Award::name).contains(name);
		assertThatThrownBy(() -> asHead(() -> this.lists.add(RecognitionList.AWARDS, name.toUpperCase())))
			.isInstanceOfSatisfying(AlreadyExistsException.class, (ex) -> assertThat(ex.getField()).isEqualTo("label"));
		for (String bad : List.of(" ", "!!!", "x".repeat(81))) {
			assertThatThrownBy(() -> asHead(() -> this.lists.add(RecognitionList.AWARDS, bad))).isInstanceOfSatisfying(
					InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("label"));
		}
		assertThatThrownBy(
				() -> SignedIn.withRole("staff", Role.IT_STAFF, () -> this.lists.add(RecognitionList.VALUES, "Sneaky")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void oneLabelAddedFourTimesAtOnceIsAddedOnce() throws Exception {
		String label = "Raced " + System.nanoTime();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(4);
			List<java.util.concurrent.Future<Boolean>> adds = new java.util.ArrayList<>();
			for (int i = 0; i < 4; i++) {
				adds.add(pool.submit(() -> {
					start.await();
					try {
						asHead(() -> this.lists.add(RecognitionList.VALUES, label));
						return true;
					}
					catch (AlreadyExistsException ex) {
						return false;
					}
				}));
			}
			int added = 0;
			for (java.util.concurrent.Future<Boolean> add : adds) {
				added += add.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(added).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(asHead(() -> this.lists.entries(RecognitionList.VALUES)))
			.filteredOn((entry) -> entry.label().equals(label))
			.hasSize(1);
	}

	private <T> T asHead(java.util.function.Supplier<T> action) {
		return SignedIn.withRole("head", Role.RELATIONSHIP_MANAGER, action);
	}

}
