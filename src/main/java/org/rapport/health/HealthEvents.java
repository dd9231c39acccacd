package org.rapport.health;

import java.util.List;

import org.rapport.commitments.CommitmentChanged;
import org.rapport.interactions.InteractionLogged;
import org.rapport.interactions.InteractionsImported;
import org.rapport.relationships.RelationshipChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Recomputes a relationship's health when something that goes into it changes. The
 * listeners run once the change is committed, in the request that made it, so that the
 * page shown next already has the new score; the event publication registry retries any
 * that fail, and the daily recomputation catches up with the rest.
 */
@Component
class HealthEvents {

	private final HealthRecorder recorder;

	HealthEvents(HealthRecorder recorder) {
		this.recorder = recorder;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(RelationshipChanged event) {
		this.recorder.recompute(List.of(event.relationshipId()));
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(InteractionLogged event) {
		this.recorder.recompute(List.of(event.relationshipId()));
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(InteractionsImported event) {
		this.recorder.recompute(List.of(event.relationshipId()));
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(CommitmentChanged event) {
		this.recorder.recompute(List.of(event.relationshipId()));
	}

}
