package org.rapport.development;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.surveys.PartnerConcern;
import org.rapport.surveys.PartnerConcerns;
import org.rapport.surveys.TemplateKind;

import org.springframework.stereotype.Component;

/**
 * The competencies a person needs to develop, from what others see: those their latest
 * 360 rates low, and those that answer the dimensions in which the partners of the
 * relationships they own rate IT low in service quality surveys and trust assessments.
 * Suggestions, plan goals and mentor matching all read gaps here.
 */
@Component
class Gaps {

	/**
	 * The competency of the framework that develops each survey dimension: service
	 * quality's reliability, responsiveness, assurance and empathy, and trust's
	 * credibility, reliability, intimacy and self-orientation. Tangibles have none.
	 */
	static final Map<String, String> COMPETENCY_OF = Map.of("SERVICE_QUALITY:RELIABILITY", "reliability",
			"SERVICE_QUALITY:RESPONSIVENESS", "collaboration", "SERVICE_QUALITY:ASSURANCE", "clear-communication",
			"SERVICE_QUALITY:EMPATHY", "empathy", "TRUST:CREDIBILITY", "business-understanding", "TRUST:RELIABILITY",
			"reliability", "TRUST:INTIMACY", "empathy", "TRUST:SELF_ORIENTATION", "active-listening");

	private final FeedbackRounds rounds;

	private final PartnerConcerns partners;

	Gaps(FeedbackRounds rounds, PartnerConcerns partners) {
		this.rounds = rounds;
		this.partners = partners;
	}

	/**
	 * One person's gaps, read as the person or someone who oversees the portfolio.
	 * @param personId the person
	 * @return each competency's reasons, by key
	 */
	Map<String, List<GapReason>> of(long personId) {
		return merge(this.rounds.gapsOf(List.of(personId)).getOrDefault(personId, Set.of()),
				this.partners.of(personId));
	}

	/**
	 * Many people's gaps, read by those who steer the portfolio.
	 * @param people the people
	 * @return for each person with a gap, the competencies' keys
	 */
	Map<Long, Set<String>> competencies(Collection<Long> people) {
		Map<Long, Set<String>> feedback = this.rounds.gapsOf(people);
		Map<Long, List<PartnerConcern>> partners = this.partners.of(people);
		Map<Long, Set<String>> gaps = new HashMap<>();
		for (Long person : people) {
			Map<String, List<GapReason>> merged = merge(feedback.getOrDefault(person, Set.of()),
					partners.getOrDefault(person, List.of()));
			if (!merged.isEmpty()) {
				gaps.put(person, merged.keySet());
			}
		}
		return gaps;
	}

	private static Map<String, List<GapReason>> merge(Set<String> feedback, List<PartnerConcern> concerns) {
		Map<String, List<GapReason>> gaps = new LinkedHashMap<>();
		feedback.forEach((key) -> gaps.computeIfAbsent(key, (k) -> new ArrayList<>())
			.add(new GapReason(GapSource.FEEDBACK, null, null, null)));
		for (PartnerConcern concern : concerns) {
			String competency = COMPETENCY_OF.get(concern.kind().name() + ":" + concern.dimension());
			if (competency != null) {
				gaps.computeIfAbsent(competency, (k) -> new ArrayList<>())
					.add(new GapReason(
							(concern.kind() == TemplateKind.TRUST) ? GapSource.TRUST : GapSource.SERVICE_QUALITY,
							concern.dimension(), concern.rating(), concern.campaignName()));
			}
		}
		return gaps;
	}

}
