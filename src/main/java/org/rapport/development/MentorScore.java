package org.rapport.development;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How well a mentor suits a mentee, explainably: {@value #GOAL} points for each goal the
 * mentee states that the mentor offers as a strength, {@value #GAP} for each of the
 * mentee's gaps from 360s and partner feedback that the mentor offers (a competency that
 * is both counts both), and {@value #PREFERRED} more when the mentee asked for this
 * mentor. A pair is refused outright when the mentor is the mentee, stands in the
 * mentee's reporting line (their manager or above, or below them), or is one the mentee
 * would rather not have. A pair with nothing shared and no preference is worth nothing,
 * so a matching run does not propose it, though someone who steers may still pair them by
 * hand.
 */
final class MentorScore {

	/** Points for a stated goal the mentor offers. */
	static final int GOAL = 10;

	/** Points for a gap from 360s and partner feedback the mentor offers. */
	static final int GAP = 6;

	/** Points when the mentee asked for this mentor. */
	static final int PREFERRED = 5;

	/** What the score matrix holds for a pair that is not to be proposed. */
	static final int NOT_PROPOSED = -1;

	private MentorScore() {
	}

	/**
	 * Why a pair may not be made at all.
	 * @param mentee the mentee
	 * @param mentor the mentor
	 * @return the reason, or {@code null} when the pair may be made
	 */
	static Refusal refusal(Mentee mentee, Mentor mentor) {
		if (mentee.personId() == mentor.personId()) {
			return Refusal.SELF;
		}
		if (mentee.managers().contains(mentor.personId()) || mentor.managers().contains(mentee.personId())) {
			return Refusal.REPORTING_LINE;
		}
		if (mentee.avoided().contains(mentor.personId())) {
			return Refusal.AVOIDED;
		}
		return null;
	}

	/**
	 * The pair's score for a matching run.
	 * @param mentee the mentee
	 * @param mentor the mentor
	 * @return the points, or {@link #NOT_PROPOSED} when the pair is refused or worth
	 * nothing
	 */
	static int points(Mentee mentee, Mentor mentor) {
		if (refusal(mentee, mentor) != null) {
			return NOT_PROPOSED;
		}
		int points = 0;
		for (String strength : mentor.strengths()) {
			if (mentee.goals().contains(strength)) {
				points += GOAL;
			}
			if (mentee.gaps().contains(strength)) {
				points += GAP;
			}
		}
		if (mentee.preferred().contains(mentor.personId())) {
			points += PREFERRED;
		}
		return (points > 0) ? points : NOT_PROPOSED;
	}

	/**
	 * The pair's score with why: the competencies shared, goals first in the mentee's
	 * order, then gaps in key order.
	 * @param mentee the mentee
	 * @param mentor the mentor
	 * @return the fit
	 */
	static Fit fit(Mentee mentee, Mentor mentor) {
		Refusal refusal = refusal(mentee, mentor);
		List<String> shared = new ArrayList<>();
		int points = 0;
		for (String goal : mentee.goals()) {
			if (mentor.strengths().contains(goal)) {
				shared.add(goal);
				points += GOAL;
			}
		}
		for (String gap : mentee.gaps().stream().sorted().toList()) {
			if (mentor.strengths().contains(gap)) {
				if (!shared.contains(gap)) {
					shared.add(gap);
				}
				points += GAP;
			}
		}
		boolean preferred = mentee.preferred().contains(mentor.personId());
		if (preferred) {
			points += PREFERRED;
		}
		return new Fit((refusal != null) ? NOT_PROPOSED : points, List.copyOf(shared), preferred, refusal);
	}

	/**
	 * Why a pair may not be made.
	 */
	enum Refusal {

		/** The mentor is the mentee. */
		SELF,

		/** One of them is the other's manager, or above them in the manager chain. */
		REPORTING_LINE,

		/** The mentee would rather not have this mentor. */
		AVOIDED

	}

	/**
	 * A mentee as scoring reads them.
	 *
	 * @param personId who
	 * @param goals the competencies they want to grow, in their order
	 * @param gaps the competencies their 360s and partners rate low
	 * @param preferred the mentors they asked for
	 * @param avoided the mentors they would rather not have
	 * @param managers their manager, their manager's manager, and so on up
	 */
	record Mentee(long personId, Set<String> goals, Set<String> gaps, Set<Long> preferred, Set<Long> avoided,
			Set<Long> managers) {
	}

	/**
	 * A mentor as scoring reads them.
	 *
	 * @param personId who
	 * @param strengths the competencies they offer
	 * @param managers their manager, their manager's manager, and so on up
	 */
	record Mentor(long personId, Set<String> strengths, Set<Long> managers) {
	}

	/**
	 * A pair's score and why.
	 *
	 * @param points the score, {@link #NOT_PROPOSED} when refused
	 * @param shared the competencies the mentor offers that the mentee needs
	 * @param preferred whether the mentee asked for this mentor
	 * @param refusal why the pair may not be made, or {@code null}
	 */
	record Fit(int points, List<String> shared, boolean preferred, Refusal refusal) {

		/** Whether a matching run may propose the pair. */
		boolean proposable() {
			return this.refusal == null && this.points > 0;
		}

	}

}
