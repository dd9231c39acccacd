package org.rapport.development;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A course of the training catalogue and the competencies it develops. Its sessions and
 * their enrolments are rows of their own, since people enrol in parallel and the course
 * is edited rarely. It is retired rather than deleted.
 */
@Table("development_course")
class Course {

	@Id
	private Long id;

	@Version
	private Long version;

	private String title;

	private String titleKey;

	private String description;

	private boolean internal;

	private String provider;

	private TrainingFormat format;

	private int durationMinutes;

	private boolean active;

	private final String createdBy;

	private final LocalDateTime createdAt;

	@MappedCollection(idColumn = "course_id")
	private Set<Developed> competencies = new LinkedHashSet<>();

	Course(String title, String titleKey, String description, boolean internal, String provider, TrainingFormat format,
			int durationMinutes, boolean active, String createdBy, LocalDateTime createdAt) {
		this.title = title;
		this.titleKey = titleKey;
		this.description = description;
		this.internal = internal;
		this.provider = provider;
		this.format = format;
		this.durationMinutes = durationMinutes;
		this.active = active;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	static Course add(String titleKey, TrainingDraft checked, String by, LocalDateTime at) {
		Course course = new Course(checked.title(), titleKey, checked.description(), checked.internal(),
				checked.provider(), checked.format(), checked.durationMinutes(),
				checked.active() == null || checked.active(), by, at);
		course.develop(checked.competencies());
		return course;
	}

	/**
	 * Takes a checked draft.
	 * @return whether anything changed
	 */
	boolean change(String titleKey, TrainingDraft checked) {
		boolean changed = !this.title.equals(checked.title()) || !this.description.equals(checked.description())
				|| this.internal != checked.internal() || !java.util.Objects.equals(this.provider, checked.provider())
				|| this.format != checked.format() || this.durationMinutes != checked.durationMinutes()
				|| !competencyKeys().equals(Set.copyOf(checked.competencies()))
				|| (checked.active() != null && checked.active() != this.active);
		if (changed) {
			this.title = checked.title();
			this.titleKey = titleKey;
			this.description = checked.description();
			this.internal = checked.internal();
			this.provider = checked.provider();
			this.format = checked.format();
			this.durationMinutes = checked.durationMinutes();
			if (checked.active() != null) {
				this.active = checked.active();
			}
			develop(checked.competencies());
		}
		return changed;
	}

	boolean activate(boolean active) {
		boolean changed = this.active != active;
		this.active = active;
		return changed;
	}

	private void develop(List<String> keys) {
		this.competencies.clear();
		keys.forEach((key) -> this.competencies.add(new Developed(key)));
	}

	Set<String> competencyKeys() {
		Set<String> keys = new LinkedHashSet<>();
		this.competencies.forEach((developed) -> keys.add(developed.key()));
		return keys;
	}

	Long getId() {
		return this.id;
	}

	Long getVersion() {
		return this.version;
	}

	String getTitle() {
		return this.title;
	}

	boolean isActive() {
		return this.active;
	}

	/**
	 * A competency the course develops, by its key in the framework.
	 */
	@Table("development_course_competency")
	record Developed(@Column("competency_key") String key) {
	}

}
