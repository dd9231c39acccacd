package org.rapport.development;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The competencies people most need to grow, drawn from their 360s and what their
 * partners say: for each person, the keys of the framework's competencies they are rated
 * low on. Mentoring reads it to score mentors against mentees; without an implementation
 * only the goals mentees state count.
 */
interface DevelopmentGaps {

	/**
	 * The gaps of people.
	 * @param personIds the people
	 * @return competency keys per person; people without gaps may be left out
	 */
	Map<Long, Set<String>> of(Collection<Long> personIds);

}
