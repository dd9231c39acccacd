/**
 * Development: the soft skills everyone in IT needs to do relationship management as part
 * of the job. A competency framework with behavioural indicators per level, 360 rounds in
 * which self, manager, peers, partners and direct reports rate those competencies,
 * development plans, a training catalogue, coaching and mentoring, suggestions drawn from
 * what partners say, and coverage: how much of IT is developing these skills.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "directory", "accounts", "surveys", "notifications" })
package org.rapport.development;
