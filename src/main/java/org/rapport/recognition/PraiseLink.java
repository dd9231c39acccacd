package org.rapport.recognition;

import java.time.LocalDate;
import java.util.List;

/**
 * What a partner's praise link opens: whom they may praise, or why they cannot.
 *
 * @param state whether praise may be sent through it
 * @param counterpartName the partner's business unit or vendor
 * @param partnerName the partner the link was sent to, who may sign with it
 * @param choices whom they may praise: the relationship's owner and its IT group
 * @param values the relationship values praise may carry
 * @param awards the awards of the quarter a praised person may be nominated for
 * @param openUntil the last day praise may be sent through it
 */
public record PraiseLink(State state, String counterpartName, String partnerName, List<Choice> choices,
		List<RecognitionValue> values, List<Award> awards, LocalDate openUntil) {

	/**
	 * Whether praise may be sent through a link.
	 */
	public enum State {

		/** Praise may be sent. */
		OPEN,

		/** Praise was sent through it already; a link sends praise once. */
		SENT,

		/** Its time has passed. */
		EXPIRED

	}

	/**
	 * Someone a partner may praise.
	 *
	 * @param key how the form names them: {@code person-12} or {@code team-5}
	 * @param name their name
	 * @param team whether it is an IT group rather than a person
	 */
	public record Choice(String key, String name, boolean team) {
	}

}
