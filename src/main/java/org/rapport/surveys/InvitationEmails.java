package org.rapport.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.rapport.notifications.Email;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The emails that carry invitation links: the first one at launch and the reminders, each
 * unique in the outbox, so that an invitation is never emailed twice for one occasion.
 * Links start with {@code rapport.base-url}, the address respondents reach Rapport at.
 */
@Component
class InvitationEmails {

	private static final DateTimeFormatter CLOSING_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final String baseUrl;

	private final Clock clock;

	InvitationEmails(@Value("${rapport.base-url:http://localhost:8080}") String baseUrl, Clock clock) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.clock = clock;
	}

	Email invitation(Campaign campaign, Invitations.Issued issued) {
		return email(campaign, issued, "invitation", "survey-invitation-" + issued.id());
	}

	Email reminder(Campaign campaign, Invitations.Issued issued) {
		return email(campaign, issued, "reminder", "survey-reminder-" + issued.id() + "-" + LocalDate.now(this.clock));
	}

	private Email email(Campaign campaign, Invitations.Issued issued, String kind, String key) {
		Map<String, String> arguments = new HashMap<>();
		arguments.put("campaign", campaign.getName());
		arguments.put("counterpart",
				(issued.recipient().counterpartName() != null) ? issued.recipient().counterpartName() : "");
		arguments.put("link", this.baseUrl + "/s/" + issued.token());
		// The same link, read by recognition, lets the partner praise the relationship's
		// IT side.
		arguments.put("praiseLink", this.baseUrl + "/praise/" + issued.token());
		arguments.put("closesOn", CLOSING_DAY.format(campaign.getClosesOn()));
		arguments.put("channel", campaign.getChannel().name());
		return new Email(issued.recipient().email(), issued.recipient().name(), "surveys/" + kind, arguments,
				SurveyManagement.wave(campaign.getId()), key);
	}

}
