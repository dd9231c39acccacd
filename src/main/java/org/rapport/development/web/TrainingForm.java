package org.rapport.development.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rapport.development.TrainingDraft;
import org.rapport.development.TrainingFormat;

/**
 * The form that adds a course to the catalogue. Its duration is typed in hours; the rules
 * are the catalogue's, checked by {@link org.rapport.development.Trainings} for the page
 * and the API alike.
 */
public class TrainingForm {

	/** The form's names for the draft's fields where they differ. */
	static final Map<String, String> FIELDS = Map.of("durationMinutes", "durationHours");

	private String title;

	private String description;

	private Boolean internal = Boolean.TRUE;

	private String provider;

	private TrainingFormat format;

	private String durationHours;

	private List<String> competencies = new ArrayList<>();

	TrainingDraft draft() {
		return new TrainingDraft(this.title, this.description, this.internal, this.provider, this.format, minutes(),
				this.competencies, null);
	}

	/**
	 * The duration in minutes, or {@code null} when what was typed is no number of hours.
	 */
	private Integer minutes() {
		try {
			BigDecimal hours = new BigDecimal(this.durationHours.strip().replace(',', '.'));
			return hours.multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Boolean getInternal() {
		return this.internal;
	}

	public void setInternal(Boolean internal) {
		this.internal = internal;
	}

	public String getProvider() {
		return this.provider;
	}

	public void setProvider(String provider) {
		this.provider = provider;
	}

	public TrainingFormat getFormat() {
		return this.format;
	}

	public void setFormat(TrainingFormat format) {
		this.format = format;
	}

	public String getDurationHours() {
		return this.durationHours;
	}

	public void setDurationHours(String durationHours) {
		this.durationHours = durationHours;
	}

	public List<String> getCompetencies() {
		return this.competencies;
	}

	public void setCompetencies(List<String> competencies) {
		this.competencies = competencies;
	}

}
