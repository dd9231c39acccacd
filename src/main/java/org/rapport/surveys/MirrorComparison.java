package org.rapport.surveys;

import java.util.List;

/**
 * A mirror survey beside the partners' view: IT's rating of itself in each service
 * quality dimension against what its partners perceive, from the latest service quality
 * campaign that surveyed the same relationships. Each side shows only where its own
 * anonymity rules let it.
 *
 * @param partnerCampaignId the partners' campaign
 * @param partnerCampaignName its name
 * @param dimensions the whole campaign's gap per dimension
 * @param groups the gap per dimension of each relationship both sides show
 */
public record MirrorComparison(long partnerCampaignId, String partnerCampaignName, List<Gap> dimensions,
		List<Group> groups) {

	/**
	 * The two views of one dimension.
	 *
	 * @param dimension such as {@code EMPATHY}
	 * @param itSelf IT's mean rating of itself, 1 to 9
	 * @param partners the partners' mean perceived rating, 1 to 9
	 * @param gap IT's view less the partners': positive where IT thinks better of itself
	 */
	public record Gap(String dimension, double itSelf, double partners, double gap) {
	}

	/**
	 * One relationship's gaps.
	 *
	 * @param key the relationship's id
	 * @param label its counterpart's name
	 * @param dimensions its gap per dimension
	 */
	public record Group(String key, String label, List<Gap> dimensions) {

		/**
		 * The widest gap of the relationship, where the two views part most.
		 * @return the gap, {@code null} when none
		 */
		public Gap widest() {
			return this.dimensions.stream()
				.max(java.util.Comparator.comparingDouble((gap) -> Math.abs(gap.gap())))
				.orElse(null);
		}

	}

}
