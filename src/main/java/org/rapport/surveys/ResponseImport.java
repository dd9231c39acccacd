package org.rapport.surveys;

import java.util.List;

import org.rapport.shared.ImportRejection;

/**
 * What an import of past results did: the campaign, now recorded as held over the days of
 * its responses, how many rows became responses, and the rows left out with why.
 *
 * @param campaign the campaign
 * @param imported how many responses were stored
 * @param rejected the rows left out, with their row number and reason
 */
public record ResponseImport(CampaignSummary campaign, int imported, List<ImportRejection> rejected) {
}
