package org.rapport.health;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.rapport.commitments.CommitmentAmended;
import org.rapport.commitments.CommitmentBroken;
import org.rapport.commitments.CommitmentCancelled;
import org.rapport.commitments.CommitmentKept;
import org.rapport.commitments.CommitmentMade;
import org.rapport.commitments.CommitmentRenegotiated;
import org.rapport.interactions.InteractionCorrected;
import org.rapport.interactions.InteractionDeleted;
import org.rapport.interactions.InteractionLogged;
import org.rapport.interactions.InteractionsImported;
import org.rapport.surveys.PerceptionMeasured;
import org.rapport.relationships.RelationshipEnded;
import org.rapport.relationships.RelationshipEstablished;
import org.rapport.relationships.RelationshipReopened;
import org.rapport.relationships.StakeholderAdded;
import org.rapport.relationships.StakeholderChanged;
import org.rapport.relationships.StakeholderRemoved;
import org.rapport.relationships.TierChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Recomputes a relationship's health when something that goes into it changes (its tier,
 * stakeholders, touchpoints (logged, corrected or deleted) or commitments, including a
 * commitment's corrected description) and when it ends or is reopened: once per
 * transaction, just before it commits, in that transaction and on its database
 * connection. So the page shown next already has the new score, a request never waits for
 * a second connection while holding one, and a score is never stored without its change
 * nor a change without its score (docs/adr/003). The daily recomputation catches up with
 * what ages without any event.
 */
@Component
class HealthEvents {

	private final HealthRecorder recorder;

	private final Perceptions perceptions;

	HealthEvents(HealthRecorder recorder, Perceptions perceptions) {
		this.recorder = recorder;
		this.perceptions = perceptions;
	}

	@EventListener
	void on(RelationshipEstablished event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	/**
	 * An ended relationship loses its current score and its alerts; its history stays.
	 */
	@EventListener
	void on(RelationshipEnded event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	/**
	 * A reopened relationship is scored again from its record, and raises the alerts its
	 * record calls for.
	 */
	@EventListener
	void on(RelationshipReopened event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	@EventListener
	void on(TierChanged event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	@EventListener
	void on(StakeholderAdded event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	@EventListener
	void on(StakeholderChanged event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	@EventListener
	void on(StakeholderRemoved event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	/**
	 * Keeps the latest perception a closed campaign measured of the relationship, unless
	 * a later one is kept already, and recomputes its health.
	 * @param event what the campaign measured
	 */
	@EventListener
	void on(PerceptionMeasured event) {
		this.perceptions.keep(event);
		recomputeBeforeCommit(event.relationshipId());
	}

	@EventListener
	void on(InteractionLogged event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	@EventListener
	void on(InteractionCorrected event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	@EventListener
	void on(InteractionDeleted event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	@EventListener
	void on(InteractionsImported event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	@EventListener
	void on(CommitmentMade event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	@EventListener
	void on(CommitmentKept event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	@EventListener
	void on(CommitmentBroken event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	@EventListener
	void on(CommitmentRenegotiated event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	@EventListener
	void on(CommitmentCancelled event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	/**
	 * The overdue alert quotes the oldest overdue commitment's description, so a
	 * corrected one shows in it at once.
	 */
	@EventListener
	void on(CommitmentAmended event) {
		recomputeBeforeCommit(event.relationshipId());
	}

	private void recomputeBeforeCommit(long relationshipId) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			this.recorder.recompute(List.of(relationshipId));
			return;
		}
		@SuppressWarnings("unchecked")
		Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Set<Long> ids = new TreeSet<>();
			TransactionSynchronizationManager.bindResource(this, ids);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					HealthEvents.this.recorder.recompute(List.copyOf(ids));
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(HealthEvents.this);
				}

			});
			pending = ids;
		}
		pending.add(relationshipId);
	}

}
