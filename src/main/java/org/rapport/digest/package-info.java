/**
 * The weekly digest: once a week each person with an account and an email address, who
 * has not turned it off on My account, is emailed through the outbox what waits for them
 * in Rapport: their open alerts, their commitments due soon or overdue, and the surveys
 * they were invited to and have not answered. It reads every module as that person would
 * signed in, and sits downstream of them all, as the modules it reads already depend on
 * the outbox.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "accounts",
		"relationships", "commitments", "health", "surveys", "notifications" })
package org.rapport.digest;
