package org.rapport.relationships;

import java.time.Clock;

import org.rapport.directory.PersonSummary;
import org.rapport.shared.Actor;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.Drafts;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps the stakeholders on a relationship's counterpart side, each person or email once.
 * The caller has checked that the relationship may be changed.
 */
@Component
class StakeholderRegister {

	private final DirectoryLookup lookup;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StakeholderRegister(DirectoryLookup lookup, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
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
		// The draft's own rules: influence and interest from 1 to 5, a stance, the
		// lengths.
		Drafts.check(draft);
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
			if (Text.hasControl(draft.role(), false)) {
				throw new InvalidInputException("role", "text.control");
			}
			emailKey = (draft.email() != null && !draft.email().isBlank()) ? draft.email().strip().toLowerCase() : null;
		}
		String field = (draft.personId() != null) ? "personId" : "email";
		if (isStakeholder(relationshipId, draft.personId(), emailKey)) {
			throw new AlreadyExistsException(field, "error.stakeholder.already-exists", name);
		}
		if (draft.itContactId() != null) {
			this.lookup.inIt("itContactId", draft.itContactId());
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
			.param("role", (draft.role() != null && !draft.role().isBlank()) ? draft.role().strip() : null)
			.param("influence", draft.influence())
			.param("interest", draft.interest())
			.param("stance", draft.stance().name())
			.param("contact", draft.itContactId())
			.update(key, "id");
	}

}
