package org.rapport.development.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.rapport.development.CompetencyDraft;
import org.rapport.development.CompetencySummary;

/**
 * The form that adds or changes a competency: its name, what it is, and what it looks
 * like at each level. The rules are the framework's, checked by
 * {@link org.rapport.development.Competencies} for the page, the API and imports alike.
 */
public class CompetencyForm {

	/** The form's names for the draft's fields where they differ. */
	static final Map<String, String> FIELDS = Map.of("levels[0]", "level1", "levels[1]", "level2", "levels[2]",
			"level3", "levels[3]", "level4", "levels", "level1");

	private String name;

	private String description;

	private String level1;

	private String level2;

	private String level3;

	private String level4;

	private Long version;

	static CompetencyForm of(CompetencySummary competency) {
		CompetencyForm form = new CompetencyForm();
		form.name = competency.name();
		form.description = competency.description();
		form.level1 = competency.levels().get(0);
		form.level2 = competency.levels().get(1);
		form.level3 = competency.levels().get(2);
		form.level4 = competency.levels().get(3);
		form.version = competency.version();
		return form;
	}

	CompetencyDraft draft() {
		return new CompetencyDraft(this.name, this.description,
				Arrays.asList(this.level1, this.level2, this.level3, this.level4), null);
	}

	List<String> levels() {
		return Arrays.asList(this.level1, this.level2, this.level3, this.level4);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getLevel1() {
		return this.level1;
	}

	public void setLevel1(String level1) {
		this.level1 = level1;
	}

	public String getLevel2() {
		return this.level2;
	}

	public void setLevel2(String level2) {
		this.level2 = level2;
	}

	public String getLevel3() {
		return this.level3;
	}

	public void setLevel3(String level3) {
		this.level3 = level3;
	}

	public String getLevel4() {
		return this.level4;
	}

	public void setLevel4(String level4) {
		this.level4 = level4;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
