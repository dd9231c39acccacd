package org.rapport.relationships;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

import org.rapport.directory.PersonSummary;
import org.rapport.shared.Actor;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.Drafts;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps the stakeholders on a relationship's counterpart side, each person or email once:
 * adds them, changes what may change of them and removes them, with the same rules for
 * each. A change or removal moves the relationship's version, through the relationship,
 * so that one made over an older version is refused. The caller has checked that the
 * relationship may be changed.
 */
@Component
class StakeholderRegister {

	private final RelationshipRepository relationships;

	private final DirectoryLookup lookup;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StakeholderRegister(RelationshipRepository relationships, DirectoryLookup lookup, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.relationships = relationships;
		this.lookup = lookup;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a stakeholder.
	 * @return the new stakeholder's id
	 */
	long add(long relationshipId, StakeholderDraft draft) {
		check(draft);
		String name;
		String emailKey;
		if (draft.personId() != null) {
			PersonSummary person = this.lookup.person("personId", draft.personId());
			name = person.name();
			emailKey = (person.email() != null) ? person.email().toLowerCase() : null;
		}
		else {
			if (draft.name() == null || draft.name().isBlank()) {
				throw new InvalidInputException("name", "error.stakeholder.name-missing");
			}
			name = Text.name("name", draft.name());
			emailKey = (draft.email() != null && !draft.email().isBlank()) ? draft.email().strip().toLowerCase() : null;
		}
		String field = (draft.personId() != null) ? "personId" : "email";
		if (isStakeholder(relationshipId, draft.personId(), emailKey)) {
			throw new AlreadyExistsException(field, "error.stakeholder.already-exists", name);
		}
		KeyHolder key = new GeneratedKeyHolder();
		try {
			insert(relationshipId, draft, name, emailKey, key);
		}
		catch (DuplicateKeyException ex) {
			// Another request added the same person first.
			AlreadyExistsException refused = new AlreadyExistsException(field, "error.stakeholder.already-exists",
					name);
			refused.initCause(ex);
			throw refused;
		}
		long stakeholderId = key.getKey().longValue();
		this.events.publishEvent(new StakeholderAdded(relationshipId, stakeholderId, name, draft.stance(),
				draft.influence(), draft.interest(), Actor.current(), this.clock.instant()));
		return stakeholderId;
	}

	/**
	 * Changes a stakeholder's role, influence, interest, stance and IT contact. Who the
	 * stakeholder is stays: the draft's person, name and email, where given, must be the
	 * stakeholder's.
	 * @param version the relationship's version the change was made over, or {@code null}
	 */
	void change(Relationship relationship, long stakeholderId, StakeholderDraft draft, Long version) {
		long relationshipId = relationship.getId();
		Stored before = stored(relationshipId, stakeholderId);
		StaleVersionException.check("Relationship", relationshipId, version, relationship.getVersion());
		check(draft);
		sameStakeholder(before, draft);
		String role = role(draft);
		// Saved first, so that of two changes over the same version the second waits for
		// the first and is refused before it writes anything.
		relationship.stakeholdersChanged(LocalDateTime.now(this.clock));
		this.relationships.save(relationship);
		this.jdbc.sql("""
				update relationships_stakeholder
				set role = :role, influence = :influence, interest = :interest, stance = :stance,
				    it_contact_id = :contact
				where id = :stakeholder and relationship_id = :id
				""")
			.param("role", role)
			.param("influence", draft.influence())
			.param("interest", draft.interest())
			.param("stance", draft.stance().name())
			.param("contact", draft.itContactId())
			.param("stakeholder", stakeholderId)
			.param("id", relationshipId)
			.update();
		if (!Objects.equals(role, before.role()) || draft.influence() != before.influence()
				|| draft.interest() != before.interest() || draft.stance() != before.stance()
				|| !Objects.equals(draft.itContactId(), before.itContactId())) {
			this.events.publishEvent(new StakeholderChanged(relationshipId, stakeholderId, before.name(), role,
					before.role(), draft.influence(), before.influence(), draft.interest(), before.interest(),
					draft.stance(), before.stance(), draft.itContactId(), before.itContactId(), Actor.current(),
					this.clock.instant()));
		}
	}

	/**
	 * Removes a stakeholder. One whom touchpoints record as met stays, so that the
	 * touchpoints keep whom they met.
	 * @param version the relationship's version the removal was made over, or
	 * {@code null}
	 * @throws StateConflictException when touchpoints record the stakeholder as met
	 */
	void remove(Relationship relationship, long stakeholderId, Long version) {
		long relationshipId = relationship.getId();
		Stored before = stored(relationshipId, stakeholderId);
		StaleVersionException.check("Relationship", relationshipId, version, relationship.getVersion());
		relationship.stakeholdersChanged(LocalDateTime.now(this.clock));
		this.relationships.save(relationship);
		try {
			this.jdbc.sql("delete from relationships_stakeholder where id = :stakeholder and relationship_id = :id")
				.param("stakeholder", stakeholderId)
				.param("id", relationshipId)
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			// The interactions module's touchpoints refer to the stakeholder; they are
			// its records, not this module's to rewrite.
			StateConflictException refused = new StateConflictException("error.stakeholder.met", before.name());
			refused.initCause(ex);
			throw refused;
		}
		this.events.publishEvent(new StakeholderRemoved(relationshipId, stakeholderId, before.name(), before.stance(),
				before.influence(), before.interest(), Actor.current(), this.clock.instant()));
	}

	/**
	 * The rules of every stakeholder, added or changed: the draft's own (influence and
	 * interest from 1 to 5, a stance, the lengths), a role without control characters and
	 * an IT contact who works in IT.
	 */
	private void check(StakeholderDraft draft) {
		Drafts.check(draft);
		if (Text.hasControl(draft.role(), false)) {
			throw new InvalidInputException("role", "text.control");
		}
		if (draft.itContactId() != null) {
			this.lookup.inIt("itContactId", draft.itContactId());
		}
	}

	private static void sameStakeholder(Stored stored, StakeholderDraft draft) {
		if (draft.personId() != null && !draft.personId().equals(stored.personId())) {
			throw new InvalidInputException("personId", "error.stakeholder.who-fixed", stored.name());
		}
		if (draft.name() != null && !draft.name().isBlank() && !Text.name("name", draft.name()).equals(stored.name())) {
			throw new InvalidInputException("name", "error.stakeholder.who-fixed", stored.name());
		}
		if (draft.email() != null && !draft.email().isBlank()
				&& !draft.email().strip().toLowerCase().equals(stored.emailKey())) {
			throw new InvalidInputException("email", "error.stakeholder.who-fixed", stored.name());
		}
	}

	private Stored stored(long relationshipId, long stakeholderId) {
		return this.jdbc.sql("""
				select person_id, name, email_key, role, influence, interest, stance, it_contact_id
				from relationships_stakeholder
				where id = :stakeholder and relationship_id = :id
				""").param("stakeholder", stakeholderId).param("id", relationshipId).query((rs, n) -> {
			long person = rs.getLong("person_id");
			Long personId = rs.wasNull() ? null : person;
			long contact = rs.getLong("it_contact_id");
			Long contactId = rs.wasNull() ? null : contact;
			return new Stored(personId, rs.getString("name"), rs.getString("email_key"), rs.getString("role"),
					rs.getInt("influence"), rs.getInt("interest"), Stance.valueOf(rs.getString("stance")), contactId);
		}).optional().orElseThrow(() -> new NotFoundException("Stakeholder", stakeholderId));
	}

	private static String role(StakeholderDraft draft) {
		return (draft.role() != null && !draft.role().isBlank()) ? draft.role().strip() : null;
	}

	private boolean isStakeholder(long relationshipId, Long personId, String emailKey) {
		return this.jdbc.sql("""
				select count(*) from relationships_stakeholder
				where relationship_id = :id and (person_id = :person or email_key = :email)
				""")
			.param("id", relationshipId)
			.param("person", (personId != null) ? personId : -1L)
			.param("email", (emailKey != null) ? emailKey : "")
			.query(Long.class)
			.single() > 0;
	}

	private void insert(long relationshipId, StakeholderDraft draft, String name, String emailKey, KeyHolder key) {
		this.jdbc.sql("""
				insert into relationships_stakeholder
				  (relationship_id, person_id, name, email_key, role, influence, interest, stance, it_contact_id)
				values (:id, :person, :name, :email, :role, :influence, :interest, :stance, :contact)
				""")
			.param("id", relationshipId)
			.param("person", draft.personId())
			.param("name", name)
			.param("email", emailKey)
			.param("role", role(draft))
			.param("influence", draft.influence())
			.param("interest", draft.interest())
			.param("stance", draft.stance().name())
			.param("contact", draft.itContactId())
			.update(key, "id");
	}

	/**
	 * A stakeholder as stored, before a change.
	 */
	private record Stored(Long personId, String name, String emailKey, String role, int influence, int interest,
			Stance stance, Long itContactId) {
	}

}
