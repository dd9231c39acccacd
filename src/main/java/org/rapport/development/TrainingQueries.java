package org.rapport.development;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The training catalogue as pages and the API read it: courses with their competencies,
 * sessions with their seats, enrolments with their waiting-list place and feedback.
 */
@Component
class TrainingQueries {

	private static final String COURSE = """
			select c.id, c.title, c.description, c.internal, c.provider, c.format, c.duration_minutes, c.active,
			       c.version
			from development_course c
			""";

	private static final String SESSION = """
			select s.id, s.course_id, s.starts_at, s.ends_at, s.location, s.online_link, s.capacity, s.seats_taken,
			       (select count(*) from development_enrolment w
			        where w.session_id = s.id and w.state = 'WAITING') as waiting
			from development_session s
			""";

	static final String ENROLMENT = """
			select e.id, s.course_id, c.title, e.session_id, s.starts_at, s.ends_at, e.person_id,
			       p.name as person_name, e.state, e.attendance, e.queued_at, e.version, f.rating, f.comment,
			       case when e.state = 'WAITING' then
			         (select count(*) from development_enrolment w
			          where w.session_id = e.session_id and w.state = 'WAITING'
			            and (w.queued_at < e.queued_at or (w.queued_at = e.queued_at and w.id <= e.id)))
			       end as waiting_position
			from development_enrolment e
			join development_session s on s.id = e.session_id
			join development_course c on c.id = s.course_id
			join directory_person_name p on p.id = e.person_id
			left join development_feedback f on f.enrolment_id = e.id
			""";

	private final JdbcClient jdbc;

	TrainingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Courses with the given sessions each.
	 * @param retiredToo whether retired courses are listed
	 * @param competencyKey only those developing it, or {@code null}
	 * @param id only this course, or {@code null}
	 * @param upcomingOnly whether only sessions still to start are listed
	 * @param sessionsEach at most this many sessions per course
	 * @param me the caller's person, whose enrolments the sessions carry, or {@code null}
	 * @param now the time
	 */
	List<TrainingSummary> courses(boolean retiredToo, String competencyKey, Long id, boolean upcomingOnly,
			int sessionsEach, Long me, LocalDateTime now) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (!retiredToo) {
			where.append(" and c.active");
		}
		if (competencyKey != null) {
			where.append(" and exists (select 1 from development_course_competency k where k.course_id = c.id"
					+ " and k.competency_key = :key)");
			params.put("key", competencyKey);
		}
		if (id != null) {
			where.append(" and c.id = :id");
			params.put("id", id);
		}
		List<Object[]> rows = this.jdbc.sql(COURSE + where + " order by c.title_key, c.id")
			.params(params)
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getString("title"), rs.getString("description"),
					rs.getBoolean("internal"), rs.getString("provider"), TrainingFormat.valueOf(rs.getString("format")),
					rs.getInt("duration_minutes"), rs.getBoolean("active"), rs.getLong("version") })
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map((row) -> (Long) row[0]).toList();
		Map<Long, List<String>> competencies = new HashMap<>();
		this.jdbc.sql("""
				select k.course_id, k.competency_key from development_course_competency k
				join development_competency m on m.competency_key = k.competency_key
				where k.course_id in (:ids) order by m.position
				""")
			.param("ids", ids)
			.query((rs, n) -> competencies.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
				.add(rs.getString(2)))
			.list();
		Map<Long, double[]> ratings = new HashMap<>();
		this.jdbc.sql("""
				select s.course_id, avg(cast(f.rating as double precision)), count(*)
				from development_feedback f
				join development_enrolment e on e.id = f.enrolment_id
				join development_session s on s.id = e.session_id
				where s.course_id in (:ids) group by s.course_id
				""")
			.param("ids", ids)
			.query((rs, n) -> ratings.put(rs.getLong(1), new double[] { rs.getDouble(2), rs.getLong(3) }))
			.list();
		Map<Long, List<TrainingSessionSummary>> sessions = sessions(ids, upcomingOnly, sessionsEach, me, now);
		return rows.stream().map((row) -> {
			long course = (Long) row[0];
			double[] rating = ratings.get(course);
			return new TrainingSummary(course, (String) row[1], (String) row[2], (Boolean) row[3], (String) row[4],
					(TrainingFormat) row[5], (Integer) row[6],
					List.copyOf(competencies.getOrDefault(course, List.of())), (Boolean) row[7],
					List.copyOf(sessions.getOrDefault(course, List.of())),
					(rating != null) ? Math.round(rating[0] * 10) / 10.0 : null, (rating != null) ? (int) rating[1] : 0,
					(Long) row[8]);
		}).toList();
	}

	private Map<Long, List<TrainingSessionSummary>> sessions(List<Long> courses, boolean upcomingOnly, int sessionsEach,
			Long me, LocalDateTime now) {
		String where = " where s.course_id in (:ids)" + (upcomingOnly ? " and s.starts_at > :now" : "");
		List<SessionRow> rows = this.jdbc.sql(SESSION + where + " order by s.starts_at, s.id")
			.param("ids", courses)
			.param("now", now)
			.query((rs, n) -> sessionRow(rs))
			.list();
		Map<Long, EnrolmentSummary> mine = new HashMap<>();
		if (me != null && !rows.isEmpty()) {
			this.jdbc.sql(ENROLMENT + " where e.person_id = :me and e.state <> 'CANCELLED' and e.session_id in (:ids)")
				.param("me", me)
				.param("ids", rows.stream().map(SessionRow::id).toList())
				.query((rs, n) -> enrolment(rs))
				.list()
				.forEach((enrolment) -> mine.put(enrolment.sessionId(), enrolment));
		}
		Map<Long, List<TrainingSessionSummary>> byCourse = new LinkedHashMap<>();
		for (SessionRow row : rows) {
			List<TrainingSessionSummary> list = byCourse.computeIfAbsent(row.courseId(), (key) -> new ArrayList<>());
			if (list.size() < sessionsEach) {
				list.add(row.summary(now, mine.get(row.id())));
			}
		}
		return byCourse;
	}

	Optional<SessionRow> session(long id) {
		return this.jdbc.sql(SESSION + " where s.id = :id").param("id", id).query((rs, n) -> sessionRow(rs)).optional();
	}

	Optional<EnrolmentSummary> enrolment(long id) {
		return this.jdbc.sql(ENROLMENT + " where e.id = :id")
			.param("id", id)
			.query((rs, n) -> enrolment(rs))
			.optional();
	}

	List<EnrolmentSummary> enrolments(String where, Map<String, ?> params) {
		return this.jdbc.sql(ENROLMENT + where).params(params).query((rs, n) -> enrolment(rs)).list();
	}

	List<EnrolmentSummary> ofSession(long sessionId) {
		return enrolments("""
				 where e.session_id = :session
				 order by case e.state when 'ENROLLED' then 0 when 'WAITING' then 1 else 2 end, e.queued_at, e.id
				""", Map.of("session", sessionId));
	}

	List<EnrolmentSummary> ofPerson(long personId, boolean completedOnly) {
		return enrolments(" where e.person_id = :person and e.state <> 'CANCELLED'"
				+ (completedOnly ? " and e.attendance = 'ATTENDED'" : "") + " order by s.starts_at desc, e.id desc",
				Map.of("person", personId));
	}

	Map<Long, List<EnrolmentSummary>> ofSessions(Collection<Long> sessionIds) {
		Map<Long, List<EnrolmentSummary>> bySession = new LinkedHashMap<>();
		if (sessionIds.isEmpty()) {
			return bySession;
		}
		enrolments("""
				 where e.session_id in (:ids)
				 order by case e.state when 'ENROLLED' then 0 when 'WAITING' then 1 else 2 end, e.queued_at, e.id
				""", Map.of("ids", sessionIds))
			.forEach((enrolment) -> bySession.computeIfAbsent(enrolment.sessionId(), (key) -> new ArrayList<>())
				.add(enrolment));
		return bySession;
	}

	private static SessionRow sessionRow(ResultSet rs) throws SQLException {
		return new SessionRow(rs.getLong("id"), rs.getLong("course_id"), rs.getTimestamp("starts_at").toLocalDateTime(),
				rs.getTimestamp("ends_at").toLocalDateTime(), rs.getString("location"), rs.getString("online_link"),
				rs.getInt("capacity"), rs.getInt("seats_taken"), rs.getInt("waiting"));
	}

	static EnrolmentSummary enrolment(ResultSet rs) throws SQLException {
		String attendance = rs.getString("attendance");
		return new EnrolmentSummary(rs.getLong("id"), rs.getLong("course_id"), rs.getString("title"),
				rs.getLong("session_id"), rs.getTimestamp("starts_at").toLocalDateTime(),
				rs.getTimestamp("ends_at").toLocalDateTime(), rs.getLong("person_id"), rs.getString("person_name"),
				EnrolmentState.valueOf(rs.getString("state")),
				(rs.getObject("waiting_position") instanceof Number position) ? position.intValue() : null,
				(attendance != null) ? Attendance.valueOf(attendance) : null, "ATTENDED".equals(attendance),
				rs.getTimestamp("queued_at").toLocalDateTime(), rs.getObject("rating", Integer.class),
				rs.getString("comment"), rs.getLong("version"));
	}

	/**
	 * A session as stored.
	 */
	record SessionRow(long id, long courseId, LocalDateTime startsAt, LocalDateTime endsAt, String location,
			String onlineLink, int capacity, int seatsTaken, int waiting) {

		boolean started(LocalDateTime now) {
			return !this.startsAt.isAfter(now);
		}

		TrainingSessionSummary summary(LocalDateTime now, EnrolmentSummary mine) {
			return new TrainingSessionSummary(this.id, this.courseId, this.startsAt, this.endsAt, this.location,
					this.onlineLink, this.capacity, this.seatsTaken, Math.max(0, this.capacity - this.seatsTaken),
					this.waiting, started(now), mine);
		}

	}

}
