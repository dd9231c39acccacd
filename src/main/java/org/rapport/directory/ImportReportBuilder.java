package org.rapport.directory;

import org.rapport.shared.ImportRejection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what an import did while it runs: the people it created and changed, the units
 * it created, the rows it rejected and the notes it made, each as a message code with its
 * arguments.
 */
final class ImportReportBuilder {

	private final Set<Long> createdIds = new HashSet<>();

	private final Set<Long> updatedIds = new HashSet<>();

	private final List<ImportRejection> rejected = new ArrayList<>();

	private final List<ImportNote> notes = new ArrayList<>();

	private int unitsCreated;

	private int created;

	private int updated;

	private int unchanged;

	void reject(int row, String code, Object... arguments) {
		reject(ImportRejection.of(row, code, arguments));
	}

	void reject(ImportRejection rejection) {
		this.rejected.add(rejection);
	}

	void note(String topic, String code, Object... arguments) {
		this.notes.add(ImportNote.of(topic, code, arguments));
	}

	void created(long personId) {
		this.createdIds.add(personId);
	}

	void updated(long personId) {
		this.updatedIds.add(personId);
	}

	void unitCreated() {
		this.unitsCreated++;
	}

	/**
	 * Counts the people of the file once every write is done: a person created and then
	 * given a manager counts as created, one whose row and manager were already so as
	 * unchanged.
	 * @param people the ids of the people the file's rows stand for
	 */
	void count(Collection<Long> people) {
		Set<Long> all = new HashSet<>(people);
		this.created = (int) all.stream().filter(this.createdIds::contains).count();
		this.updated = (int) all.stream()
			.filter((id) -> !this.createdIds.contains(id) && this.updatedIds.contains(id))
			.count();
		this.unchanged = all.size() - this.created - this.updated;
	}

	int created() {
		return this.created;
	}

	int updated() {
		return this.updated;
	}

	int unchanged() {
		return this.unchanged;
	}

	int unitsCreated() {
		return this.unitsCreated;
	}

	/**
	 * The rejected rows in the order of the file.
	 */
	List<ImportRejection> rejected() {
		return this.rejected.stream().sorted(Comparator.comparingInt(ImportRejection::row)).toList();
	}

	List<ImportNote> notes() {
		return List.copyOf(this.notes);
	}

}
