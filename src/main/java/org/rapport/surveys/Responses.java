package org.rapport.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.shared.LinkTokens;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The respondent's side: the invitation a link opens, and the response it records. In an
 * anonymous pulse the response keeps only what its groups need (the relationship and the
 * counterpart) and the day; the invitation keeps only that it was used.
 */
@Component
class Responses {

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	Responses(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/**
	 * An invitation as its link opens it.
	 *
	 * @param id the invitation
	 * @param campaignId its campaign
	 * @param personId whom it invites
	 * @param personName their name
	 * @param relationshipId the relationship it concerns
	 * @param unitId the relationship's counterpart
	 * @param counterpartName the counterpart's name
	 * @param used whether it was answered
	 */
	record Invitation(long id, long campaignId, long personId, String personName, Long relationshipId, Long unitId,
			String counterpartName, boolean used) {
	}

	/**
	 * The invitation of a token.
	 * @param token the token from the link
	 * @param lock whether to lock its row until the transaction ends, so that two answers
	 * sent at once through one link are recorded once
	 * @return the invitation, empty for a token Rapport did not issue
	 */
	Optional<Invitation> invitation(String token, boolean lock) {
		if (!LinkTokens.wellFormed(token)) {
			return Optional.empty();
		}
		Optional<Long> id = this.jdbc.sql("select invitation_id from surveys_invitation_token where token_hash = :hash")
			.param("hash", LinkTokens.hash(token))
			.query(Long.class)
			.optional();
		if (lock) {
			id.ifPresent((invitation) -> this.jdbc.sql("select id from surveys_invitation where id = :id for update")
				.param("id", invitation)
				.query(Long.class)
				.single());
		}
		return id.flatMap((invitation) -> this.jdbc.sql("""
				select i.id, i.campaign_id, i.person_id, p.name as person_name, i.relationship_id, i.unit_id,
				       u.name as counterpart_name, i.used
				from surveys_invitation i
				join directory_person_contact p on p.id = i.person_id
				left join directory_unit_name u on u.id = i.unit_id
				where i.id = :id
				""")
			.param("id", invitation)
			.query((rs, n) -> new Invitation(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("person_id"),
					rs.getString("person_name"), rs.getObject("relationship_id", Long.class),
					rs.getObject("unit_id", Long.class), rs.getString("counterpart_name"), rs.getBoolean("used")))
			.optional());
	}

	/**
	 * Records a response and marks its invitation used.
	 * @param invitation the invitation, locked
	 * @param channel the campaign's channel: an anonymous pulse's response names neither
	 * the invitation nor the respondent
	 * @param answers the checked answers
	 * @param today the day it was answered
	 * @return the response's id
	 */
	long record(Invitation invitation, Channel channel, Map<QuestionSummary, Answer> answers, LocalDate today) {
		boolean attributed = channel == Channel.REVIEW;
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into surveys_response (campaign_id, invitation_id, respondent_id, relationship_id, unit_id,
				                              submitted_on, imported)
				values (:campaign, :invitation, :respondent, :relationship, :unit, :today, false)
				""")
			.param("campaign", invitation.campaignId())
			.param("invitation", attributed ? invitation.id() : null, java.sql.Types.BIGINT)
			.param("respondent", attributed ? invitation.personId() : null, java.sql.Types.BIGINT)
			.param("relationship", invitation.relationshipId(), java.sql.Types.BIGINT)
			.param("unit", invitation.unitId(), java.sql.Types.BIGINT)
			.param("today", today)
			.update(key, "id");
		long responseId = key.getKeyAs(Long.class);
		writeAnswers(responseId, answers);
		this.jdbc.sql("update surveys_invitation set used = true where id = :id").param("id", invitation.id()).update();
		return responseId;
	}

	void writeAnswers(long responseId, Map<QuestionSummary, Answer> answers) {
		List<Object[]> rows = new ArrayList<>(answers.size());
		answers.forEach((question, answer) -> rows.add(new Object[] { responseId, question.id(), answer.score(),
				answer.minimum(), answer.desired(),
				(answer.choices() != null && !answer.choices().isEmpty()) ? String.join(",", answer.choices()) : null,
				answer.comment() }));
		this.batches.batchUpdate("""
				insert into surveys_answer (response_id, question_id, score, minimum, desired, choices, comment)
				values (?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

}
