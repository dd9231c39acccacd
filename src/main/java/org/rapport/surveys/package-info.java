/**
 * Surveys: how IT is perceived by its partners and vendors, and how it sees itself. Owns
 * the templates (those shipped with Rapport and edited copies), the campaigns that send
 * them to an audience on one of two channels (attributed partner reviews and anonymous
 * pulses), the invitations with their hashed tokens, the respondents' answers and the
 * results, whose anonymity rules hold on every page, export and API.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "directory", "accounts", "relationships", "notifications" })
package org.rapport.surveys;
