package org.rapport.surveys;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign to create from a template. Its rules are checked in one place,
 * {@link SurveyManagement#create(CampaignDraft)}, for the page and the API alike.
 *
 * @param templateKey the template's key
 * @param name the campaign's name
 * @param channel attributed review or anonymous pulse
 * @param relationshipIds the relationships whose stakeholders (or, for a template written
 * for IT staff, owners and participants) are invited
 * @param opensOn the first day answers are taken, today when {@code null}
 * @param closesOn the last day answers are taken
 * @param minimumResponses the fewest responses a group of an anonymous pulse must have to
 * show its figures, 3 or more (5 when {@code null})
 * @param commentMinimum the fewest responses a group must have to show its comments, 3 or
 * more (5 when {@code null})
 * @param reminderDays the days after launch on which those who have not answered are
 * reminded, such as {@code [3, 7]}
 * @param reach whom on each relationship's side is asked: the people named on it or the
 * whole unit ({@link Reach#STAKEHOLDERS} when {@code null})
 */
public record CampaignDraft(String templateKey, String name, Channel channel, List<Long> relationshipIds,
		LocalDate opensOn, LocalDate closesOn, Integer minimumResponses, Integer commentMinimum,
		List<Integer> reminderDays, Reach reach) {

	/**
	 * A campaign that asks the people named on each relationship.
	 * @param templateKey the template's key
	 * @param name the campaign's name
	 * @param channel attributed review or anonymous pulse
	 * @param relationshipIds the relationships
	 * @param opensOn the first day answers are taken, today when {@code null}
	 * @param closesOn the last day answers are taken
	 * @param minimumResponses the threshold of figures
	 * @param commentMinimum the threshold of comments
	 * @param reminderDays the reminder schedule
	 */
	public CampaignDraft(String templateKey, String name, Channel channel, List<Long> relationshipIds,
			LocalDate opensOn, LocalDate closesOn, Integer minimumResponses, Integer commentMinimum,
			List<Integer> reminderDays) {
		this(templateKey, name, channel, relationshipIds, opensOn, closesOn, minimumResponses, commentMinimum,
				reminderDays, null);
	}

	/** The threshold a pulse takes when none is given. */
	public static final int DEFAULT_MINIMUM = 5;

	/** The lowest threshold a pulse may take. */
	public static final int FLOOR = 3;

}
