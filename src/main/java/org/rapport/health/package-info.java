/**
 * Relationship health: an explainable score from 0 to 100 per relationship, built from
 * weighted components (perception, engagement cadence, reliability, stakeholder stance
 * and escalations), kept week by week for a trend, and the alerts that tell owners and
 * the head of relationship management where to act. Also the views that show the
 * portfolio through its health.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "accounts",
		"relationships", "interactions", "commitments", "surveys", "servicemetrics", "insight" })
package org.rapport.health;
