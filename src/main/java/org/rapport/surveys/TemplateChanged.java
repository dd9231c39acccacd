package org.rapport.surveys;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * An organisation's copy of a template was changed.
 *
 * @param templateKey the copy
 * @param actor who changed it
 * @param occurredAt when
 */
public record TemplateChanged(String templateKey, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "SURVEY_TEMPLATE_CHANGED";
	}

	@Override
	public String target() {
		return "survey-template:" + this.templateKey;
	}

	@Override
	public String detail() {
		return "";
	}

}
