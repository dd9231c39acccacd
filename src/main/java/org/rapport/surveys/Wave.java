package org.rapport.surveys;

import java.time.LocalDate;

/**
 * One campaign of a template among its waves, with its whole result under its anonymity
 * rules: a wave with too few responses says so and carries no score.
 *
 * @param campaignId the campaign
 * @param name its name
 * @param heldOn the day it was launched, or for one recorded from an import the first day
 * of its responses
 * @param responses how many answered
 * @param suppressed whether its figures are held back
 * @param nps its recommendation score, {@code null} when held back or not asked
 */
public record Wave(long campaignId, String name, LocalDate heldOn, long responses, boolean suppressed, Integer nps) {
}
