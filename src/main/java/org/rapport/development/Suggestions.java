package org.rapport.development;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the data suggests a person develops next: for each competency their latest 360
 * shows the others rate low, or that answers what the partners of their relationships
 * rate low in service quality surveys and trust assessments ({@link Gaps}), the trainings
 * that develop it and the mentoring programmes open for sign-up in which a mentor offers
 * it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Suggestions {

	private final Gaps gaps;

	private final Competencies competencies;

	private final Trainings trainings;

	private final JdbcClient jdbc;

	Suggestions(Gaps gaps, Competencies competencies, Trainings trainings, JdbcClient jdbc) {
		this.gaps = gaps;
		this.competencies = competencies;
		this.trainings = trainings;
		this.jdbc = jdbc;
	}

	/**
	 * The caller's suggestions, in the framework's order.
	 * @return one per gap, none without a closed 360 that shows one
	 */
	@Transactional // writes what the survey results showed the caller, for their
					// anonymity rules
	public List<Suggestion> mine() {
		Long me = Caller.person();
		if (me == null) {
			return List.of();
		}
		Map<String, List<GapReason>> gaps = this.gaps.of(me);
		List<Suggestion> suggestions = new ArrayList<>();
		for (CompetencySummary competency : this.competencies.framework()) {
			if (competency.active() && gaps.containsKey(competency.key())) {
				suggestions.add(new Suggestion(competency, gaps.get(competency.key()),
						this.trainings.forCompetency(competency.key()), mentoring(competency.key(), me)));
			}
		}
		return suggestions;
	}

	private List<MentoringOffer> mentoring(String competency, long me) {
		return this.jdbc.sql("""
				select p.id, p.name, count(*) from development_mentoring_programme p
				join development_mentoring_signup s on s.programme_id = p.id and s.role = 'MENTOR'
				join development_mentoring_competency c on c.signup_id = s.id
				where p.state = 'OPEN' and c.competency_key = :competency and s.person_id <> :me
				group by p.id, p.name
				order by p.name
				""")
			.param("competency", competency)
			.param("me", me)
			.query((rs, n) -> new MentoringOffer(rs.getLong(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

	/**
	 * What is suggested for one competency.
	 *
	 * @param competency the competency the others rate low
	 * @param reasons where the gap was seen: the latest 360, partners' surveys or both
	 * @param trainings the courses that develop it, with their next sessions
	 * @param mentoring the programmes open for sign-up in which mentors offer it
	 */
	public record Suggestion(CompetencySummary competency, List<GapReason> reasons, List<TrainingSummary> trainings,
			List<MentoringOffer> mentoring) {

	}

	/**
	 * A mentoring programme open for sign-up with mentors strong in a competency.
	 *
	 * @param programmeId the programme
	 * @param programmeName its name
	 * @param mentors how many of its mentors offer the competency
	 */
	public record MentoringOffer(long programmeId, String programmeName, int mentors) {

	}

}
