/**
 * Insight: the perception gap. Per business unit and relationship, IT's technical
 * performance (incidents resolved within their SLA) beside how the unit perceives IT (its
 * partners' survey results), the quadrant that pairing falls in, and how it changed since
 * the quarter before: where IT is technically green and still perceived red.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "directory", "relationships", "surveys", "servicemetrics" })
package org.rapport.insight;
