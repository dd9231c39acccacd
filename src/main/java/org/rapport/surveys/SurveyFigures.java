package org.rapport.surveys;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of survey answers: net promoter score, SERVQUAL gaps, the mirror gap, the
 * trust quotient and plain means. Pure arithmetic on answers already counted; which
 * answers may be shown at all is for {@link Suppression} to say.
 */
final class SurveyFigures {

	/** The highest score of the recommendation question; the lowest is 0. */
	static final int NPS_SCALE = 10;

	/** The highest rating of a SERVQUAL column; the lowest is 1. */
	static final int SERVQUAL_SCALE = 9;

	/** The highest rating of a trust component; the lowest is 1. */
	static final int TRUST_SCALE = 10;

	private SurveyFigures() {
	}

	/**
	 * The net promoter score of answers to "How likely are you to recommend IT to a
	 * colleague?": promoters (9 or 10) as a percentage of all answers less detractors (0
	 * to 6) as a percentage, rounded to a whole number half away from zero. Passives (7
	 * or 8) count only in the whole. [10, 9, 9, 8, 7, 6, 0, 10] has 4 promoters and 2
	 * detractors in 8: 50% - 25% = 25.
	 * @param scores the answers, 0 to 10
	 * @return the score and its counts, or empty without answers
	 * @throws IllegalArgumentException if a score is outside 0 to 10
	 */
	static Optional<Nps> nps(Collection<Integer> scores) {
		int promoters = 0;
		int passives = 0;
		int detractors = 0;
		for (int score : scores) {
			if (score < 0 || score > NPS_SCALE) {
				throw new IllegalArgumentException("A recommendation score runs from 0 to 10, not " + score);
			}
			if (score >= 9) {
				promoters++;
			}
			else if (score >= 7) {
				passives++;
			}
			else {
				detractors++;
			}
		}
		int answers = promoters + passives + detractors;
		if (answers == 0) {
			return Optional.empty();
		}
		// In whole numbers, so that a half is exactly a half: sign x floor((2|n| + d) /
		// 2d).
		long numerator = 100L * (promoters - detractors);
		long rounded = (2 * Math.abs(numerator) + answers) / (2L * answers);
		return Optional.of(new Nps((int) (Long.signum(numerator) * rounded), promoters, passives, detractors));
	}

	/**
	 * The mean of answers to a rating question.
	 * @param scale the highest rating; the lowest is 1
	 * @param ratings the answers
	 * @return the mean and how many answers it is of, or empty without answers
	 * @throws IllegalArgumentException if a rating is outside 1 to {@code scale}
	 */
	static Optional<Mean> mean(int scale, Collection<Integer> ratings) {
		if (scale < 2) {
			throw new IllegalArgumentException("A rating scale needs at least two points, not " + scale);
		}
		long sum = 0;
		for (int rating : ratings) {
			if (rating < 1 || rating > scale) {
				throw new IllegalArgumentException("A rating runs from 1 to " + scale + ", not " + rating);
			}
			sum += rating;
		}
		return ratings.isEmpty() ? Optional.empty()
				: Optional.of(new Mean(ratings.size(), (double) sum / ratings.size()));
	}

	/**
	 * The SERVQUAL figures of three-column answers, per item, per dimension and overall.
	 * An answer whose desired level is below its minimum contradicts itself: it is
	 * counted as inconsistent and left out of every mean. The means of a dimension and
	 * overall are over their consistent answers, however many each item has, not over
	 * item means.
	 * @param answers the answers
	 * @return the figures; items in the order they first appear, dimensions that have
	 * answers in their own order
	 */
	static Servqual servqual(Collection<ServqualAnswer> answers) {
		Map<ServqualItem, Sums> items = new LinkedHashMap<>();
		Map<ServqualDimension, Sums> dimensions = new EnumMap<>(ServqualDimension.class);
		Sums overall = new Sums();
		for (ServqualAnswer answer : answers) {
			items.computeIfAbsent(answer.item(), (item) -> new Sums()).add(answer);
			dimensions.computeIfAbsent(answer.item().dimension(), (dimension) -> new Sums()).add(answer);
			overall.add(answer);
		}
		Map<ServqualItem, ServqualGaps> itemGaps = new LinkedHashMap<>();
		items.forEach((item, sums) -> itemGaps.put(item, sums.gaps()));
		Map<ServqualDimension, ServqualGaps> dimensionGaps = new EnumMap<>(ServqualDimension.class);
		dimensions.forEach((dimension, sums) -> dimensionGaps.put(dimension, sums.gaps()));
		return new Servqual(itemGaps, dimensionGaps, overall.gaps());
	}

	/**
	 * The mirror gap of each dimension: IT's mean rating of itself less the partners'
	 * mean perceived rating, on the same scale. Positive means IT thinks better of itself
	 * than its partners do. A dimension missing on either side has no gap.
	 * @param itSelf IT's mean self-rating per dimension ({@link #mean})
	 * @param partners the partners' mean perceived rating per dimension
	 * ({@link Servqual#perceived()})
	 * @return the gaps, in the order of the dimensions
	 */
	static Map<ServqualDimension, MirrorGap> mirrorGaps(Map<ServqualDimension, Mean> itSelf,
			Map<ServqualDimension, Mean> partners) {
		Map<ServqualDimension, MirrorGap> gaps = new EnumMap<>(ServqualDimension.class);
		for (ServqualDimension dimension : ServqualDimension.values()) {
			Mean self = itSelf.get(dimension);
			Mean perceived = partners.get(dimension);
			if (self != null && perceived != null) {
				gaps.put(dimension, new MirrorGap(self, perceived, self.value() - perceived.value()));
			}
		}
		return gaps;
	}

	/**
	 * The trust quotient of partners' ratings, (C + R + I) / S over the mean ratings of
	 * credibility, reliability, intimacy and self-orientation, each 1 to 10. Ratings
	 * start at 1, so S is never below 1 and the quotient runs from 0.3 to 30.
	 * @param credibility ratings of credibility
	 * @param reliability ratings of reliability
	 * @param intimacy ratings of intimacy
	 * @param selfOrientation ratings of self-orientation
	 * @return the component means and the quotient, or empty if a component has no
	 * ratings
	 * @throws IllegalArgumentException if a rating is outside 1 to 10
	 */
	static Optional<Trust> trust(Collection<Integer> credibility, Collection<Integer> reliability,
			Collection<Integer> intimacy, Collection<Integer> selfOrientation) {
		Optional<Mean> c = mean(TRUST_SCALE, credibility);
		Optional<Mean> r = mean(TRUST_SCALE, reliability);
		Optional<Mean> i = mean(TRUST_SCALE, intimacy);
		Optional<Mean> s = mean(TRUST_SCALE, selfOrientation);
		if (c.isEmpty() || r.isEmpty() || i.isEmpty() || s.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Trust(c.get(), r.get(), i.get(), s.get(),
				(c.get().value() + r.get().value() + i.get().value()) / s.get().value()));
	}

	/**
	 * A net promoter score.
	 *
	 * @param score percentage of promoters less percentage of detractors, -100 to 100
	 * @param promoters answers of 9 or 10
	 * @param passives answers of 7 or 8
	 * @param detractors answers of 0 to 6
	 */
	record Nps(int score, int promoters, int passives, int detractors) {

		int answers() {
			return this.promoters + this.passives + this.detractors;
		}

	}

	/**
	 * The mean of some ratings.
	 *
	 * @param count how many ratings
	 * @param value their mean
	 */
	record Mean(int count, double value) {

	}

	/**
	 * A SERVQUAL item: one statement about the service, in one dimension.
	 *
	 * @param key the item's key in its template
	 * @param dimension the dimension it measures
	 */
	record ServqualItem(String key, ServqualDimension dimension) {

	}

	/**
	 * One respondent's answer to a SERVQUAL item in the three-column form, each column 1
	 * to 9.
	 *
	 * @param item the item
	 * @param minimum the minimum acceptable level of service
	 * @param desired the desired level
	 * @param perceived the level perceived
	 */
	record ServqualAnswer(ServqualItem item, int minimum, int desired, int perceived) {

		ServqualAnswer {
			for (int rating : new int[] { minimum, desired, perceived }) {
				if (rating < 1 || rating > SERVQUAL_SCALE) {
					throw new IllegalArgumentException("A SERVQUAL rating runs from 1 to 9, not " + rating);
				}
			}
		}

		/**
		 * Whether the answer makes sense: desiring no less than the minimum.
		 * @return false if the desired level is below the minimum
		 */
		boolean consistent() {
			return this.desired >= this.minimum;
		}

		/**
		 * Perceived less minimum: below zero, the service falls short of what is
		 * acceptable.
		 * @return the adequacy gap
		 */
		int adequacyGap() {
			return this.perceived - this.minimum;
		}

		/**
		 * Perceived less desired: at or above zero, the service is as good as wished.
		 * @return the superiority gap
		 */
		int superiorityGap() {
			return this.perceived - this.desired;
		}

	}

	/**
	 * The SERVQUAL figures of some answers. The means are {@code null} when no answer is
	 * consistent.
	 *
	 * @param consistent the answers the means are of
	 * @param inconsistent the answers left out for desiring less than their minimum
	 * @param minimum mean minimum acceptable level
	 * @param desired mean desired level
	 * @param perceived mean perceived level
	 * @param adequacyGap mean perceived less mean minimum
	 * @param superiorityGap mean perceived less mean desired
	 */
	record ServqualGaps(int consistent, int inconsistent, Double minimum, Double desired, Double perceived,
			Double adequacyGap, Double superiorityGap) {

	}

	/**
	 * The SERVQUAL figures of a set of answers.
	 *
	 * @param items per item
	 * @param dimensions per dimension that has answers
	 * @param overall over all answers
	 */
	record Servqual(Map<ServqualItem, ServqualGaps> items, Map<ServqualDimension, ServqualGaps> dimensions,
			ServqualGaps overall) {

		/**
		 * The mean perceived level of each dimension with consistent answers, to set
		 * beside IT's own view in {@link SurveyFigures#mirrorGaps}.
		 * @return the means, by dimension
		 */
		Map<ServqualDimension, Mean> perceived() {
			Map<ServqualDimension, Mean> means = new EnumMap<>(ServqualDimension.class);
			this.dimensions.forEach((dimension, gaps) -> {
				if (gaps.consistent() > 0) {
					means.put(dimension, new Mean(gaps.consistent(), gaps.perceived()));
				}
			});
			return means;
		}

	}

	/**
	 * How IT's view of itself in one dimension compares with its partners'.
	 *
	 * @param itSelf IT's mean rating of itself
	 * @param partners the partners' mean perceived rating
	 * @param gap IT's mean less the partners'
	 */
	record MirrorGap(Mean itSelf, Mean partners, double gap) {

	}

	/**
	 * A trust quotient and the means it is made of.
	 *
	 * @param credibility mean rating of credibility
	 * @param reliability mean rating of reliability
	 * @param intimacy mean rating of intimacy
	 * @param selfOrientation mean rating of self-orientation
	 * @param quotient (C + R + I) / S
	 */
	record Trust(Mean credibility, Mean reliability, Mean intimacy, Mean selfOrientation, double quotient) {

	}

	private static final class Sums {

		private int consistent;

		private int inconsistent;

		private long minimum;

		private long desired;

		private long perceived;

		void add(ServqualAnswer answer) {
			if (!answer.consistent()) {
				this.inconsistent++;
				return;
			}
			this.consistent++;
			this.minimum += answer.minimum();
			this.desired += answer.desired();
			this.perceived += answer.perceived();
		}

		ServqualGaps gaps() {
			if (this.consistent == 0) {
				return new ServqualGaps(0, this.inconsistent, null, null, null, null, null);
			}
			double n = this.consistent;
			return new ServqualGaps(this.consistent, this.inconsistent, this.minimum / n, this.desired / n,
					this.perceived / n, (this.perceived - this.minimum) / n, (this.perceived - this.desired) / n);
		}

	}

}
