package org.rapport.development;

import java.util.List;

/**
 * A sign-up to a mentoring programme.
 *
 * @param id the sign-up
 * @param programmeId the programme
 * @param programmeName its name
 * @param programmeState where it stands
 * @param personId who signed up
 * @param personName their name
 * @param role as mentor or mentee
 * @param competencies a mentor's strengths or a mentee's goals, as competency keys
 * @param capacity how many mentees a mentor takes, {@code null} for a mentee
 * @param note what a mentee hopes for, {@code null} for a mentor
 */
public record SignUpSummary(long id, long programmeId, String programmeName, ProgrammeState programmeState,
		long personId, String personName, SignUpRole role, List<String> competencies, Integer capacity, String note) {
}
