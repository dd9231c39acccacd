package org.rapport.surveys;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A template was copied for the organisation to edit.
 *
 * @param templateKey the copy
 * @param sourceKey the template it was copied from
 * @param actor who copied it
 * @param occurredAt when
 */
public record TemplateCopied(String templateKey, String sourceKey, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "SURVEY_TEMPLATE_COPIED";
	}

	@Override
	public String target() {
		return "survey-template:" + this.templateKey;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("source", this.sourceKey);
	}

}
