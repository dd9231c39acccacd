package org.rapport.development;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A soft skill of the framework, with what it looks like at each level from 1 (learning)
 * to 4 (role model). Its key never changes, so what names it keeps its meaning; it is
 * retired rather than deleted.
 */
@Table("development_competency")
class Competency {

	@Id
	private Long id;

	@Version
	private Long version;

	@Column("competency_key")
	private final String key;

	private String name;

	private String description;

	private final int position;

	private boolean active;

	@MappedCollection(idColumn = "competency_id")
	private Set<Indicator> indicators = new LinkedHashSet<>();

	Competency(String key, String name, String description, int position, boolean active) {
		this.key = key;
		this.name = name;
		this.description = description;
		this.position = position;
		this.active = active;
	}

	static Competency add(String key, CompetencyDraft draft, int position) {
		Competency competency = new Competency(key, draft.name(), draft.description(), position,
				draft.active() == null || draft.active());
		competency.describe(draft.levels());
		return competency;
	}

	/**
	 * Takes a checked draft's name, description, levels and, when it says, whether the
	 * competency is offered.
	 * @return whether anything changed
	 */
	boolean change(CompetencyDraft draft) {
		if (this.name.equals(draft.name()) && this.description.equals(draft.description())
				&& levels().equals(draft.levels()) && (draft.active() == null || draft.active() == this.active)) {
			return false;
		}
		this.name = draft.name();
		this.description = draft.description();
		if (draft.active() != null) {
			this.active = draft.active();
		}
		describe(draft.levels());
		return true;
	}

	boolean activate(boolean active) {
		boolean changed = this.active != active;
		this.active = active;
		return changed;
	}

	private void describe(List<String> levels) {
		this.indicators.clear();
		for (int level = 1; level <= levels.size(); level++) {
			this.indicators.add(new Indicator(level, levels.get(level - 1)));
		}
	}

	List<String> levels() {
		return this.indicators.stream().sorted(Comparator.comparingInt(Indicator::level)).map(Indicator::text).toList();
	}

	CompetencySummary summary() {
		return new CompetencySummary(this.key, this.name, this.description, levels(), this.active,
				(this.version != null) ? this.version : 0);
	}

	String getKey() {
		return this.key;
	}

	Long getVersion() {
		return this.version;
	}

	int getPosition() {
		return this.position;
	}

	/**
	 * What the competency looks like at one level.
	 */
	@Table("development_indicator")
	record Indicator(int level, String text) {
	}

}
