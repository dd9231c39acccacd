package org.rapport.commitments;

import org.rapport.interactions.InteractionDeleted;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets go of a touchpoint that is being deleted: the commitments made in it stay, as
 * promises the counterpart still holds IT to, without the link. It runs in the deleting
 * transaction, before the touchpoint's row goes, and moves the commitments' versions so
 * that a form open on one of them sees the change.
 */
@Component
class DeletedTouchpoints {

	private final JdbcClient jdbc;

	DeletedTouchpoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(InteractionDeleted event) {
		this.jdbc.sql("""
				update commitments_commitment set interaction_id = null, version = version + 1
				where interaction_id = :interaction
				""").param("interaction", event.interactionId()).update();
	}

}
