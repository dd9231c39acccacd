/**
 * Recognition: rewarding relationship work. Kudos between colleagues in IT, tagged with
 * the relationship values partners care about (listened, kept a promise, explained
 * clearly, understood our business, went the extra mile), shown on a feed and on each
 * person's page, with an optional monthly allowance of points that does not roll over;
 * praise from partners, sent through the link of a survey without an account; scorecards
 * per quarter for each person, IT group and the organisation, frozen when the quarter
 * ends; relationship goals with their progress; and awards, nominated by colleagues and
 * decided by the head of relationship management.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "directory", "accounts", "relationships", "surveys" })
package org.rapport.recognition;
