package org.rapport.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.rapport.relationships.MaturityDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.Side;
import org.rapport.shared.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Closes campaigns, by hand or when their last day has passed, and publishes what each
 * measured of its relationships' perception, under the campaign's anonymity rules.
 */
@Component
class Closing {

	private final CampaignRepository campaigns;

	private final TemplateQueries templates;

	private final Results results;

	private final JdbcClient jdbc;

	private final RelationshipManagement relationships;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The maturity check-in's question of where the relationship stands today. */
	static final String TODAY = "today";

	Closing(CampaignRepository campaigns, TemplateQueries templates, Results results, JdbcClient jdbc,
			RelationshipManagement relationships, ApplicationEventPublisher events, Clock clock) {
		this.relationships = relationships;
		this.campaigns = campaigns;
		this.templates = templates;
		this.results = results;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The open campaigns whose last day is before today.
	 * @return their ids
	 */
	List<Long> due() {
		return this.jdbc.sql("select id from surveys_campaign where state = 'OPEN' and closes_on < :today order by id")
			.param("today", LocalDate.now(this.clock))
			.query(Long.class)
			.list();
	}

	/**
	 * Closes a campaign whose last day has passed, unless it was closed meanwhile.
	 * @param id the campaign
	 */
	void closeExpired(long id) {
		this.jdbc.sql("select id from surveys_campaign where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.single();
		Campaign campaign = this.campaigns.findById(id).orElseThrow();
		if (campaign.getState() == CampaignState.OPEN && campaign.getClosesOn().isBefore(LocalDate.now(this.clock))) {
			close(campaign, Actor.current());
		}
	}

	/**
	 * Closes a campaign and publishes its measures of perception.
	 * @param campaign the campaign, locked
	 * @param actor who closes it
	 */
	void close(Campaign campaign, String actor) {
		Instant now = this.clock.instant();
		campaign.close(now);
		this.campaigns.save(campaign);
		publish(campaign, actor, LocalDate.now(this.clock), now);
	}

	/**
	 * Records a campaign as held earlier, from the responses imported into it, and
	 * publishes its measures of perception as of its last day.
	 * @param campaign the campaign, locked, not launched
	 * @param from the first day of its responses
	 * @param to the last day of its responses
	 * @param actor who imported them
	 */
	void record(Campaign campaign, LocalDate from, LocalDate to, String actor) {
		Instant now = this.clock.instant();
		campaign.record(from, to, now);
		this.campaigns.save(campaign);
		publish(campaign, actor, to, now);
	}

	private void publish(Campaign campaign, String actor, LocalDate measuredOn, Instant now) {
		SurveyTemplateSummary template = this.templates.byId(campaign.getTemplateId()).orElseThrow();
		SurveyResults byRelationship = this.results.results(campaign, template,
				Results.Request.of("relationship", null), null);
		if (template.kind() == TemplateKind.MATURITY) {
			maturity(campaign, template, byRelationship, measuredOn);
		}
		for (SurveyResults.Group group : byRelationship.groups()) {
			Integer score = (group.figures() != null) ? perception(group.figures()) : null;
			if (score != null && !group.key().equals("none")) {
				this.events.publishEvent(new PerceptionMeasured(Long.parseLong(group.key()), campaign.getId(), score,
						(group.nps() != null) ? group.nps().score() : null, group.responses(), measuredOn,
						group.figures().comments()));
			}
		}
		this.events.publishEvent(new CampaignClosed(campaign.getId(), byRelationship.responses(), actor, now));
	}

	/**
	 * Records, for each relationship whose responses reach the campaign's minimum, where
	 * those asked placed it today: the mean level they gave, rounded, as the
	 * counterpart's view of its maturity when partners were asked, or as IT's view when
	 * the template asks IT staff (the owners and participants, or the IT group).
	 */
	private void maturity(Campaign campaign, SurveyTemplateSummary template, SurveyResults byRelationship,
			LocalDate measuredOn) {
		Side side = (template.audience() == Audience.IT_STAFF) ? Side.IT : Side.COUNTERPART;
		String whose = (side == Side.IT) ? "IT's" : "Partners'";
		for (SurveyResults.Group group : byRelationship.groups()) {
			SurveyResults.Mean today = (group.figures() != null) ? group.figures().means().get(TODAY) : null;
			if (today != null && !group.key().equals("none")) {
				int level = (int) Math.max(1, Math.min(5, Math.round(today.value())));
				this.relationships.recordSurveyedMaturity(Long.parseLong(group.key()),
						new MaturityDraft(side, level, measuredOn,
								whose + " mean in the maturity check-in \"" + campaign.getName() + "\": "
										+ String.format(java.util.Locale.ROOT, "%.1f", today.value()) + " from "
										+ group.responses() + " responses"));
			}
		}
	}

	/**
	 * Perception on 0 to 100 from what a group's responses say: the recommendation score
	 * where the template asks it, else the mean perceived service quality.
	 */
	static Integer perception(SurveyResults.Figures figures) {
		if (figures.nps() != null) {
			return (int) Math.round((figures.nps().score() + 100) / 2.0);
		}
		SurveyResults.Gaps overall = figures.dimensions().get("OVERALL");
		if (overall != null && overall.perceived() != null) {
			return (int) Math.round((overall.perceived() - 1) / 8 * 100);
		}
		return null;
	}

}
