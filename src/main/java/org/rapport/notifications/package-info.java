/**
 * Email from Rapport: an outbox table that other modules queue emails into, in their own
 * transactions, and a job on the database-backed scheduler that renders and sends them
 * once across the nodes, within per-minute and per-day quotas, retrying transient
 * failures and never sending an email twice. Administrators watch the outbox, its
 * failures and the progress of each wave of emails.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.rapport.notifications;
