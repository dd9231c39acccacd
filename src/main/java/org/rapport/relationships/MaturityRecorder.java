package org.rapport.relationships;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rapport.shared.Actor;
import org.rapport.shared.Days;
import org.rapport.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records what each side makes of a relationship's maturity, one assessment at a time or
 * a history at once, after checking every assessment the same way. The caller has checked
 * that the relationship may be changed.
 */
@Component
class MaturityRecorder {

	private final MaturityQueries maturity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MaturityRecorder(MaturityQueries maturity, ApplicationEventPublisher events, Clock clock) {
		this.maturity = maturity;
		this.events = events;
		this.clock = clock;
	}

	void assess(long relationshipId, MaturityDraft draft) {
		check(draft);
		this.maturity.insert(relationshipId, List.of(draft), Actor.current());
		this.events.publishEvent(new MaturityAssessed(relationshipId, draft.side(), draft.level(), draft.assessedOn(),
				Actor.current(), this.clock.instant()));
	}

	/**
	 * Stores past assessments, none unless all pass.
	 */
	void load(long relationshipId, List<MaturityDraft> drafts) {
		if (drafts.isEmpty()) {
			return;
		}
		drafts.forEach(this::check);
		this.maturity.insert(relationshipId, drafts, Actor.current());
		this.events.publishEvent(
				new MaturityHistoryLoaded(relationshipId, drafts.size(), Actor.current(), this.clock.instant()));
	}

	private void check(MaturityDraft draft) {
		if (draft.side() == null) {
			throw new InvalidInputException("side", "error.maturity.side-missing");
		}
		if (draft.level() == null || draft.level() < 1 || draft.level() > 5) {
			throw new InvalidInputException("level", "error.maturity.level-range");
		}
		if (draft.assessedOn() == null) {
			throw new InvalidInputException("assessedOn", "error.maturity.day-missing");
		}
		Days.requireInRange("assessedOn", draft.assessedOn());
		if (draft.assessedOn().isAfter(LocalDate.now(this.clock))) {
			throw new InvalidInputException("assessedOn", "error.maturity.day-in-future");
		}
		if (draft.note() != null && draft.note().length() > 1000) {
			throw new InvalidInputException("note", "error.maturity.note-too-long");
		}
	}

}
