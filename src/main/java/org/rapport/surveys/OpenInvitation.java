package org.rapport.surveys;

import java.time.LocalDate;

/**
 * An invitation its person has not answered while its campaign takes answers, as they
 * themselves may be reminded of it. Its link is not here: tokens are stored only as
 * hashes and leave Rapport only in the emails, so the person is pointed to the last email
 * that carried one.
 *
 * @param invitationId the invitation
 * @param campaignId its campaign
 * @param campaignName the campaign's name
 * @param counterpartName the unit whose relationship with IT it asks about, or
 * {@code null}
 * @param closesOn the campaign's last day
 * @param lastEmailedOn the day the last email with a link to it was sent, or {@code null}
 * when none was
 */
public record OpenInvitation(long invitationId, long campaignId, String campaignName, String counterpartName,
		LocalDate closesOn, LocalDate lastEmailedOn) {
}
