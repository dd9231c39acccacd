package org.rapport.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.rapport.accounts.RapportUser;
import org.rapport.shared.Actor;
import org.rapport.shared.RoleGroup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the partners of the relationships a person owns rate IT low, from the latest
 * closed service quality survey and the latest closed trust assessment over any of those
 * relationships, read as the campaign's results by owner under its anonymity rules: only
 * where the person's own group shows. Development turns these into suggestions.
 */
@Service
public class PartnerConcerns {

	private static final int CHUNK = 1000;

	/** The middle of the trust assessment's 1 to 10 scale. */
	static final double TRUST_MIDDLE = 5.5;

	private final CampaignRepository campaigns;

	private final TemplateQueries templates;

	private final Results results;

	private final JdbcClient jdbc;

	PartnerConcerns(CampaignRepository campaigns, TemplateQueries templates, Results results, JdbcClient jdbc) {
		this.campaigns = campaigns;
		this.templates = templates;
		this.results = results;
		this.jdbc = jdbc;
	}

	/**
	 * The dimensions the partners of a person's relationships rate low: for the person
	 * and those who steer the portfolio.
	 * @param personId the owner
	 * @return the concerns, service quality first; none where no campaign shows the
	 * person's group
	 * @throws AccessDeniedException for anyone else
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public List<PartnerConcern> of(long personId) {
		if (!Long.valueOf(personId).equals(RapportUser.currentPersonId())
				&& !RoleGroup.PORTFOLIO.includes(SecurityContextHolder.getContext().getAuthentication())) {
			throw new AccessDeniedException("Partner concerns of person " + personId);
		}
		return read(List.of(personId)).getOrDefault(personId, List.of());
	}

	/**
	 * The dimensions the partners of each of many people's relationships rate low, each
	 * campaign's results read once: for mentor matching, run by those who steer the
	 * portfolio.
	 * @param people the owners
	 * @return each owner's concerns, service quality first; none for those no campaign
	 * shows
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public Map<Long, List<PartnerConcern>> of(Collection<Long> people) {
		return read(people);
	}

	private Map<Long, List<PartnerConcern>> read(Collection<Long> people) {
		Map<Long, List<PartnerConcern>> concerns = new HashMap<>();
		List<Long> ids = List.copyOf(new LinkedHashSet<>(people));
		for (TemplateKind kind : List.of(TemplateKind.SERVICE_QUALITY, TemplateKind.TRUST)) {
			// Each owner's latest campaign of the kind, then each campaign's results
			// once.
			Map<Long, long[]> latest = new HashMap<>();
			for (int from = 0; from < ids.size(); from += CHUNK) {
				this.jdbc.sql("""
						select distinct p.owner_id, c.id, c.closes_on
						from surveys_campaign c join surveys_template t on t.id = c.template_id
						join surveys_campaign_relationship r on r.campaign_id = c.id
						join relationships_portfolio p on p.id = r.relationship_id
						where t.kind = :kind and c.state = 'CLOSED' and p.owner_id in (:people)
						""")
					.param("kind", kind.name())
					.param("people", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
					.query((rs) -> {
						long[] campaign = { rs.getLong(2), rs.getObject(3, LocalDate.class).toEpochDay() };
						latest.merge(rs.getLong(1), campaign,
								(a, b) -> (b[1] > a[1] || (b[1] == a[1] && b[0] > a[0])) ? b : a);
					});
			}
			Map<Long, List<Long>> ownersByCampaign = new HashMap<>();
			latest.forEach((owner,
					campaign) -> ownersByCampaign.computeIfAbsent(campaign[0], (key) -> new ArrayList<>()).add(owner));
			ownersByCampaign.forEach((campaignId, owners) -> this.campaigns.findById(campaignId)
				.ifPresent((campaign) -> concerns(kind, campaign, owners).forEach(
						(owner, found) -> concerns.computeIfAbsent(owner, (key) -> new ArrayList<>()).addAll(found))));
		}
		return concerns;
	}

	private Map<Long, List<PartnerConcern>> concerns(TemplateKind kind, Campaign campaign, List<Long> owners) {
		SurveyTemplateSummary template = this.templates.byId(campaign.getTemplateId()).orElseThrow();
		SurveyResults results;
		try {
			results = this.results.results(campaign, template, Results.Request.of(Results.OWNER, null),
					Actor.current());
		}
		catch (DisclosureRefusedException ex) {
			return Map.of();
		}
		Map<Long, List<PartnerConcern>> concerns = new HashMap<>();
		for (SurveyResults.Group group : results.groups()) {
			if (group.suppressed() || group.figures() == null || !group.key().matches("\\d+")
					|| !owners.contains(Long.valueOf(group.key()))) {
				continue;
			}
			List<PartnerConcern> found = new ArrayList<>();
			SurveyResults.Figures figures = group.figures();
			if (kind == TemplateKind.SERVICE_QUALITY) {
				for (Map.Entry<String, SurveyResults.Gaps> dimension : figures.dimensions().entrySet()) {
					SurveyResults.Gaps gaps = dimension.getValue();
					if (!"OVERALL".equals(dimension.getKey()) && gaps.adequacyGap() != null && gaps.adequacyGap() < 0) {
						found.add(concern(kind, dimension.getKey(), gaps.perceived(), campaign));
					}
				}
			}
			else {
				for (Map.Entry<String, SurveyResults.Mean> dimension : figures.ratedDimensions().entrySet()) {
					double rating = dimension.getValue().value();
					boolean low = "SELF_ORIENTATION".equals(dimension.getKey()) ? rating > TRUST_MIDDLE
							: rating < TRUST_MIDDLE;
					if (low) {
						found.add(concern(kind, dimension.getKey(), rating, campaign));
					}
				}
			}
			concerns.put(Long.valueOf(group.key()), found);
		}
		return concerns;
	}

	private static PartnerConcern concern(TemplateKind kind, String dimension, double rating, Campaign campaign) {
		return new PartnerConcern(kind, dimension, Math.round(rating * 10) / 10.0, campaign.getId(), campaign.getName(),
				campaign.getClosesOn());
	}

}
