package org.rapport.surveys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A campaign with its counts.
 *
 * @param id the campaign's id
 * @param templateKey the key of its template
 * @param templateName the name of its template
 * @param name its name
 * @param channel attributed review or anonymous pulse
 * @param state prepared, open or closed
 * @param opensOn the first day answers are taken
 * @param closesOn the last day answers are taken
 * @param minimumResponses the fewest responses a group of a pulse must have to show its
 * figures
 * @param commentMinimum the fewest responses a group must have to show its comments
 * @param reminderDays the days after launch on which reminders go out
 * @param relationshipIds the relationships it surveys
 * @param invitations how many were invited
 * @param responses how many answered
 * @param launchedAt when it was launched, {@code null} while prepared
 * @param version the campaign's version
 * @param reach whom on each relationship's side it asks
 */
public record CampaignSummary(long id, String templateKey, String templateName, String name, Channel channel,
		CampaignState state, LocalDate opensOn, LocalDate closesOn, int minimumResponses, int commentMinimum,
		List<Integer> reminderDays, List<Long> relationshipIds, long invitations, long responses, Instant launchedAt,
		long version, Reach reach) {

	/**
	 * The share of invitations answered.
	 * @return 0 to 100, {@code null} before anyone was invited
	 */
	public Integer responseRate() {
		return (this.invitations == 0) ? null : (int) Math.round(100.0 * this.responses / this.invitations);
	}

	/**
	 * Whether it was recorded from imported responses rather than launched.
	 * @return whether it closed without being launched
	 */
	@JsonProperty("recorded")
	public boolean recorded() {
		return this.state == CampaignState.CLOSED && this.launchedAt == null;
	}

}
