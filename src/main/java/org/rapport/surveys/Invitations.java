package org.rapport.surveys;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.shared.LinkTokens;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A campaign's invitations: who its audience is, and one invitation per recipient and
 * relationship with a fresh token, written in batches.
 */
@Component
class Invitations {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	Invitations(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/**
	 * Someone to invite: a person with the relationship the invitation concerns.
	 *
	 * @param personId the person
	 * @param name their name
	 * @param email their address, {@code null} when the directory has none
	 * @param relationshipId the relationship
	 * @param unitId the relationship's counterpart
	 * @param counterpartName the counterpart's name
	 */
	record Recipient(long personId, String name, String email, long relationshipId, long unitId,
			String counterpartName) {
	}

	/**
	 * An invitation written, with the token only its email will carry.
	 *
	 * @param id the invitation
	 * @param recipient whom it invites
	 * @param token the token of its link
	 */
	record Issued(long id, Recipient recipient, String token) {
	}

	/**
	 * The audience of a template for some relationships: their stakeholders who are in
	 * the directory for partners and vendor contacts, their owners and participants for
	 * IT staff; or, reaching the whole unit, everyone in each counterpart unit or IT
	 * group. Ended relationships are left out.
	 */
	List<Recipient> audience(Audience audience, Reach reach, Set<Long> relationshipIds) {
		if (relationshipIds.isEmpty()) {
			return List.of();
		}
		String people;
		if (audience == Audience.IT_STAFF) {
			people = (reach == Reach.WHOLE_UNIT) ? """
					select p.id as person_id, r.id as relationship_id from relationships_portfolio r
					join directory_person_contact p on p.unit_id = r.it_group_id
					where r.id in (:ids)
					""" : """
					select r.owner_id as person_id, r.id as relationship_id from relationships_portfolio r
					where r.id in (:ids)
					union
					select s.person_id, s.relationship_id from relationships_viewer_scope s
					where s.relationship_id in (:ids)
					""";
		}
		else {
			people = (reach == Reach.WHOLE_UNIT) ? """
					select p.id as person_id, r.id as relationship_id from relationships_portfolio r
					join directory_person_contact p on p.unit_id = r.counterpart_id
					where r.id in (:ids)
					""" : """
					select s.person_id, s.relationship_id from relationships_stakeholder_person s
					where s.relationship_id in (:ids)
					""";
		}
		return this.jdbc.sql("""
				select a.person_id, p.name, p.email, a.relationship_id, r.counterpart_id, u.name as counterpart_name
				from (%s) a
				join directory_person_contact p on p.id = a.person_id
				join relationships_portfolio r on r.id = a.relationship_id
				join directory_unit_name u on u.id = r.counterpart_id
				where r.ended_at is null
				order by a.relationship_id, p.name, a.person_id
				""".formatted(people))
			.param("ids", relationshipIds)
			.query((rs, n) -> new Recipient(rs.getLong("person_id"), rs.getString("name"), rs.getString("email"),
					rs.getLong("relationship_id"), rs.getLong("counterpart_id"), rs.getString("counterpart_name")))
			.list();
	}

	/**
	 * Writes one invitation per recipient, each with a new token whose hash alone is
	 * stored.
	 * @param campaignId the campaign
	 * @param recipients whom to invite
	 * @param now when
	 * @return the invitations with their tokens
	 */
	List<Issued> issue(long campaignId, List<Recipient> recipients, Instant now) {
		List<Object[]> rows = new ArrayList<>(recipients.size());
		for (Recipient recipient : recipients) {
			rows.add(new Object[] { campaignId, recipient.personId(), recipient.relationshipId(), recipient.unitId() });
		}
		this.batches.batchUpdate("""
				insert into surveys_invitation (campaign_id, person_id, relationship_id, unit_id, used)
				values (?, ?, ?, ?, false)
				""", rows, BATCH, (statement, row) -> {
			for (int i = 0; i < row.length; i++) {
				statement.setObject(i + 1, row[i]);
			}
		});
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("select id, person_id, relationship_id from surveys_invitation where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query((rs) -> {
				ids.put(rs.getLong("person_id") + "/" + rs.getLong("relationship_id"), rs.getLong("id"));
			});
		List<Issued> issued = new ArrayList<>(recipients.size());
		for (Recipient recipient : recipients) {
			issued.add(new Issued(ids.get(recipient.personId() + "/" + recipient.relationshipId()), recipient,
					LinkTokens.next()));
		}
		link(issued, now);
		return issued;
	}

	/**
	 * Stores the hashes of new links to invitations, which open them as well as the links
	 * they had.
	 * @param issued the invitations with their new tokens
	 * @param now when
	 */
	void link(List<Issued> issued, Instant now) {
		Timestamp at = Timestamp.from(now);
		this.batches.batchUpdate("""
				insert into surveys_invitation_token (token_hash, invitation_id, issued_at) values (?, ?, ?)
				""", issued, BATCH, (statement, one) -> {
			statement.setString(1, LinkTokens.hash(one.token()));
			statement.setLong(2, one.id());
			statement.setTimestamp(3, at);
		});
	}

}
