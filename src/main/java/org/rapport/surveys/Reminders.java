package org.rapport.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.rapport.notifications.NotificationManagement;
import org.rapport.shared.LinkTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reminds those who have not answered an open campaign, on the days after launch its
 * reminder schedule names. Each reminder carries a new link of the same invitation (the
 * first still works), and an invitation is reminded at most once a day.
 */
@Component
class Reminders {

	private final CampaignRepository campaigns;

	private final Invitations invitations;

	private final InvitationEmails emails;

	private final NotificationManagement notifications;

	private final JdbcClient jdbc;

	private final Clock clock;

	Reminders(CampaignRepository campaigns, Invitations invitations, InvitationEmails emails,
			NotificationManagement notifications, JdbcClient jdbc, Clock clock) {
		this.campaigns = campaigns;
		this.invitations = invitations;
		this.emails = emails;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The open campaigns with a reminder due today.
	 * @return their ids
	 */
	List<Long> due() {
		LocalDate today = LocalDate.now(this.clock);
		List<Long> due = new ArrayList<>();
		for (Campaign campaign : this.campaigns.findAllById(this.jdbc
			.sql("select id from surveys_campaign where state = 'OPEN' and closes_on >= :today order by id")
			.param("today", today)
			.query(Long.class)
			.list())) {
			if (dueToday(campaign, today)) {
				due.add(campaign.getId());
			}
		}
		return due;
	}

	private boolean dueToday(Campaign campaign, LocalDate today) {
		LocalDate launched = LocalDate.ofInstant(campaign.getLaunchedAt(), this.clock.getZone());
		long day = ChronoUnit.DAYS.between(launched, today);
		return campaign.takesAnswersOn(today) && Campaign.reminderDays(campaign.getReminderDays()).contains((int) day);
	}

	/**
	 * Sends today's reminders of a campaign to the invitations not answered and not
	 * reminded today.
	 * @param campaignId the campaign
	 * @return how many were reminded
	 */
	int remind(long campaignId) {
		this.jdbc.sql("select id from surveys_campaign where id = :id for update")
			.param("id", campaignId)
			.query(Long.class)
			.single();
		Campaign campaign = this.campaigns.findById(campaignId).orElseThrow();
		LocalDate today = LocalDate.now(this.clock);
		if (!dueToday(campaign, today)) {
			return 0;
		}
		List<Invitations.Issued> issued = new ArrayList<>();
		this.jdbc.sql("""
				select i.id, i.person_id, p.name, p.email, i.relationship_id, i.unit_id, u.name as counterpart_name
				from surveys_invitation i
				join directory_person_contact p on p.id = i.person_id
				left join directory_unit_name u on u.id = i.unit_id
				where i.campaign_id = :campaign and not i.used and (i.reminded_on is null or i.reminded_on < :today)
				  and p.email is not null
				order by i.id
				""").param("campaign", campaignId).param("today", today).query((rs) -> {
			issued.add(new Invitations.Issued(rs.getLong("id"),
					new Invitations.Recipient(rs.getLong("person_id"), rs.getString("name"), rs.getString("email"),
							rs.getLong("relationship_id"), rs.getLong("unit_id"), rs.getString("counterpart_name")),
					LinkTokens.next()));
		});
		if (issued.isEmpty()) {
			return 0;
		}
		this.invitations.link(issued, this.clock.instant());
		this.jdbc.sql("""
				update surveys_invitation set reminders = reminders + 1, reminded_on = :today
				where campaign_id = :campaign and not used and (reminded_on is null or reminded_on < :today)
				""").param("campaign", campaignId).param("today", today).update();
		this.notifications.queue(issued.stream().map((one) -> this.emails.reminder(campaign, one)).toList());
		return issued.size();
	}

}
