package org.rapport.surveys;

/**
 * The three bands of the recommendation score: detractors 0 to 6, passives 7 and 8,
 * promoters 9 and 10.
 */
public enum NpsBand {

	DETRACTOR, PASSIVE, PROMOTER;

	/**
	 * The band of a score.
	 * @param score 0 to 10
	 * @return its band
	 */
	public static NpsBand of(int score) {
		if (score >= 9) {
			return PROMOTER;
		}
		return (score >= 7) ? PASSIVE : DETRACTOR;
	}

}
