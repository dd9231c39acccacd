package org.rapport.relationships;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitSummary;
import org.rapport.directory.PersonSummary;
import org.rapport.directory.UnitKind;
import org.rapport.shared.Actor;
import org.rapport.shared.Cursor;
import org.rapport.shared.Days;
import org.rapport.shared.Drafts;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationships' API: establish relationships, give them owners, keep their
 * participants and stakeholders, record their maturity from both sides, and map who in IT
 * knows each counterpart. Who may read and change which relationship follows
 * {@link Viewer}; the head of relationship management, the CIO and administrators
 * establish relationships and assign owners.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RelationshipManagement {

	private final RelationshipRepository relationships;

	private final RelationshipQueries queries;

	private final RelationshipAccess access;

	private final DirectoryManagement directory;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final MaturityQueries maturity;

	private final WhoKnowsWhomQueries map;

	private final Clock clock;

	RelationshipManagement(RelationshipRepository relationships, RelationshipQueries queries, RelationshipAccess access,
			DirectoryManagement directory, JdbcClient jdbc, ApplicationEventPublisher events, MaturityQueries maturity,
			WhoKnowsWhomQueries map, Clock clock) {
		this.relationships = relationships;
		this.queries = queries;
		this.access = access;
		this.directory = directory;
		this.jdbc = jdbc;
		this.events = events;
		this.maturity = maturity;
		this.map = map;
		this.clock = clock;
	}

	/**
	 * The relationships the caller may read, oldest first.
	 * @param filter which relationships to show
	 * @param after the cursor of the page before, or {@code null}
	 * @param size the page size
	 * @return one page of relationships
	 */
	public KeysetPage<RelationshipSummary> relationships(RelationshipFilter filter, String after, Integer size) {
		return this.queries.relationships(this.access.viewer(), filter, Cursor.decode(after), Cursor.pageSize(size));
	}

	/**
	 * The caller's own relationships: those they own or take part in and those of the
	 * groups they lead, by counterpart.
	 * @return at most 500 relationships
	 */
	public List<RelationshipSummary> mine() {
		return this.queries.own(this.access.viewer(), 500);
	}

	/**
	 * One relationship the caller may read.
	 * @param id the relationship
	 * @return the relationship
	 */
	public RelationshipSummary relationship(long id) {
		readable(id);
		return this.queries.relationship(id).orElseThrow(() -> new NotFoundException("Relationship", id));
	}

	/**
	 * One relationship with its participants, stakeholders and owners over time.
	 * @param id the relationship
	 * @return the details
	 */
	public RelationshipDetails details(long id) {
		Relationship relationship = readable(id);
		RelationshipSummary summary = relationship(id);
		List<PersonSummary> participants = summary.participantIds().stream().map(this.directory::person).toList();
		return new RelationshipDetails(summary, participants, this.queries.stakeholders(id), this.queries.owners(id),
				this.access.viewer().canEdit(relationship));
	}

	/**
	 * Establishes a relationship between an IT group and a counterpart, with its owner.
	 * @param draft the relationship
	 * @return the new relationship
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public RelationshipSummary establish(RelationshipDraft draft) {
		OrgUnitSummary group = unit("itGroupId", draft.itGroupId());
		if (group.kind() != UnitKind.IT_GROUP) {
			throw new InvalidInputException("itGroupId", group.name() + " is not an IT group");
		}
		OrgUnitSummary counterpart = unit("counterpartId", draft.counterpartId());
		if (counterpart.id() == group.id()) {
			throw new InvalidInputException("counterpartId", "relationships.group-cannot-have-relationship");
		}
		if (this.relationships.existsByItGroupIdAndCounterpartId(group.id(), counterpart.id())) {
			throw new AlreadyExistsException("counterpartId",
					group.name() + " already has a relationship with " + counterpart.name());
		}
		PersonSummary owner = inIt("ownerId", draft.ownerId());
		draft.participantIds().forEach((personId) -> inIt("participantIds", personId));
		Relationship relationship;
		try {
			relationship = this.relationships
				.save(Relationship.establish(group.id(), counterpart.id(), counterpart.kind(), owner.id(), draft.tier(),
						draft.participantIds(), LocalDateTime.now(this.clock)));
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("counterpartId",
					group.name() + " already has a relationship with " + counterpart.name(), ex);
		}
		recordOwner(relationship.getId(), owner.id(), null);
		this.events.publishEvent(new RelationshipEstablished(relationship.getId(), group.id(), counterpart.id(),
				owner.id(), draft.tier(), group.name(), counterpart.name(), owner.name(), Actor.current(),
				this.clock.instant()));
		return relationship(relationship.getId());
	}

	/**
	 * Changes a relationship's owner, tier and participants. Its two sides cannot change;
	 * only those who steer the portfolio reassign the owner.
	 * @param id the relationship
	 * @param draft the relationship as it should be
	 * @return the changed relationship
	 * @throws StaleVersionException when the relationship changed since the draft's
	 * version, or someone else changed it at the same time
	 */
	@Transactional
	public RelationshipSummary change(long id, RelationshipDraft draft) {
		Relationship relationship = editable(id);
		StaleVersionException.check("Relationship", id, draft.version(), relationship.getVersion());
		if (!relationship.getItGroupId().equals(draft.itGroupId())) {
			throw new InvalidInputException("itGroupId",
					"A relationship's IT group cannot change; " + "establish a new relationship instead");
		}
		if (!relationship.getCounterpartId().equals(draft.counterpartId())) {
			throw new InvalidInputException("counterpartId",
					"A relationship's counterpart cannot change; " + "establish a new relationship instead");
		}
		if (!relationship.getOwnerId().equals(draft.ownerId())) {
			if (!this.access.viewer().portfolio()) {
				throw new AccessDeniedException("Only the head of relationship management reassigns owners");
			}
			PersonSummary owner = inIt("ownerId", draft.ownerId());
			long previous = relationship.reassign(owner.id(), LocalDateTime.now(this.clock));
			recordOwner(id, owner.id(), previous);
			this.events.publishEvent(new OwnerReassigned(id, owner.id(), previous, owner.name(),
					this.directory.person(previous).name(), Actor.current(), this.clock.instant()));
		}
		draft.participantIds().forEach((personId) -> inIt("participantIds", personId));
		Tier previousTier = relationship.getTier();
		Set<Long> previousParticipants = Set.copyOf(relationship.participantIds());
		if (previousTier != draft.tier()
				|| !previousParticipants.equals(participantsWithoutOwner(draft, relationship))) {
			relationship.change(draft.tier(), draft.participantIds(), LocalDateTime.now(this.clock));
			Instant now = this.clock.instant();
			if (previousTier != draft.tier()) {
				this.events.publishEvent(new TierChanged(id, draft.tier(), previousTier, Actor.current(), now));
			}
			relationship.participantIds()
				.stream()
				.filter((person) -> !previousParticipants.contains(person))
				.sorted()
				.forEach((person) -> this.events.publishEvent(new ParticipantAdded(id, person, Actor.current(), now)));
			previousParticipants.stream()
				.filter((person) -> !relationship.participantIds().contains(person))
				.sorted()
				.forEach(
						(person) -> this.events.publishEvent(new ParticipantRemoved(id, person, Actor.current(), now)));
		}
		this.relationships.save(relationship);
		return relationship(id);
	}

	/**
	 * The stakeholders on the counterpart side, most influential first.
	 * @param id the relationship
	 * @return the stakeholders
	 */
	public List<StakeholderSummary> stakeholders(long id) {
		readable(id);
		return this.queries.stakeholders(id);
	}

	/**
	 * Adds a stakeholder on the counterpart side.
	 * @param id the relationship
	 * @param draft the stakeholder
	 * @return the new stakeholder
	 */
	@Transactional
	public StakeholderSummary addStakeholder(long id, StakeholderDraft draft) {
		editable(id);
		Drafts.check(draft);
		checkScale("influence", draft.influence());
		checkScale("interest", draft.interest());
		if (draft.stance() == null) {
			throw new InvalidInputException("stance", "relationships.say-where-stakeholder-stands");
		}
		String name;
		String emailKey;
		if (draft.personId() != null) {
			PersonSummary person = existingPerson(draft.personId());
			name = person.name();
			emailKey = (person.email() != null) ? person.email().toLowerCase() : null;
		}
		else {
			if (draft.name() == null || draft.name().isBlank()) {
				throw new InvalidInputException("name", "relationships.name-stakeholder-choose-person");
			}
			name = Text.name("name", draft.name());
			if (Text.hasControl(draft.role(), false)) {
				throw new InvalidInputException("role", "text.control");
			}
			emailKey = (draft.email() != null && !draft.email().isBlank()) ? draft.email().strip().toLowerCase() : null;
		}
		boolean twice = this.jdbc.sql("""
				select count(*) from relationships_stakeholder
				where relationship_id = :id and (person_id = :person or email_key = :email)
				""")
			.param("id", id)
			.param("person", (draft.personId() != null) ? draft.personId() : -1L)
			.param("email", (emailKey != null) ? emailKey : "")
			.query(Long.class)
			.single() > 0;
		if (twice) {
			throw new AlreadyExistsException((draft.personId() != null) ? "personId" : "email",
					name + " is already a stakeholder of this relationship");
		}
		if (draft.itContactId() != null) {
			inIt("itContactId", draft.itContactId());
		}
		KeyHolder key = new GeneratedKeyHolder();
		try {
			insertStakeholder(id, draft, name, emailKey, key);
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException((draft.personId() != null) ? "personId" : "email",
					name + " is already a stakeholder of this relationship", ex);
		}
		long stakeholderId = key.getKey().longValue();
		this.events.publishEvent(new StakeholderAdded(id, stakeholderId, name, draft.stance(), draft.influence(),
				draft.interest(), Actor.current(), this.clock.instant()));
		return this.queries.stakeholders(id)
			.stream()
			.filter((stakeholder) -> stakeholder.id() == stakeholderId)
			.findFirst()
			.orElseThrow();
	}

	private void insertStakeholder(long id, StakeholderDraft draft, String name, String emailKey, KeyHolder key) {
		this.jdbc.sql("""
				insert into relationships_stakeholder
				  (relationship_id, person_id, name, email_key, role, influence, interest, stance, it_contact_id)
				values (:id, :person, :name, :email, :role, :influence, :interest, :stance, :contact)
				""")
			.param("id", id)
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

	/**
	 * A relationship's maturity from both sides: the current view of each, how far apart
	 * they are, and the history.
	 * @param id the relationship
	 * @return the maturity
	 */
	public MaturityDetails maturity(long id) {
		readable(id);
		return this.maturity.maturity(id);
	}

	/**
	 * Records one side's view of the relationship's maturity, as of a day. Whoever may
	 * change the relationship records both IT's view and what the counterpart said.
	 * @param id the relationship
	 * @param draft the assessment
	 * @return the maturity with the new assessment
	 */
	@Transactional
	public MaturityDetails assessMaturity(long id, MaturityDraft draft) {
		editable(id);
		check(draft);
		this.maturity.insert(id, List.of(draft), Actor.current());
		this.events.publishEvent(new MaturityAssessed(id, draft.side(), draft.level(), draft.assessedOn(),
				Actor.current(), this.clock.instant()));
		return this.maturity.maturity(id);
	}

	/**
	 * Loads a relationship's past maturity assessments at once, for imports and the demo
	 * organisation. Each is checked as {@link #assessMaturity} checks it, and nothing is
	 * stored unless all pass.
	 * @param id the relationship
	 * @param drafts the assessments, in any order
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void assessMaturityHistory(long id, List<MaturityDraft> drafts) {
		editable(id);
		if (drafts.isEmpty()) {
			return;
		}
		drafts.forEach(this::check);
		this.maturity.insert(id, drafts, Actor.current());
		this.events.publishEvent(new MaturityHistoryLoaded(id, drafts.size(), Actor.current(), this.clock.instant()));
	}

	/**
	 * Who in IT knows each counterpart of the caller's relationships, the counterparts
	 * that rest on one person and the people who are someone's only link. Those who steer
	 * the portfolio see every relationship; IT leaders those of the groups they lead.
	 * @param onlySinglePerson whether to list only the counterparts one person knows
	 * @param after the cursor of the page before, or {@code null}
	 * @param size the page size
	 * @return the map
	 */
	@PreAuthorize("@roleGroups.overseesPortfolio()")
	public WhoKnowsWhom whoKnowsWhom(boolean onlySinglePerson, String after, Integer size) {
		return this.map.map(this.access.viewer(), onlySinglePerson, Cursor.decode(after), Cursor.pageSize(size));
	}

	/**
	 * Notes real contact with the counterpart on a day, for the cadence; the latest day
	 * counts.
	 * @param id the relationship
	 * @param day the day of the contact
	 */
	@Transactional
	public void recordContact(long id, LocalDate day) {
		Relationship relationship = editable(id);
		if (relationship.contactedOn(day)) {
			this.relationships.save(relationship);
		}
	}

	/**
	 * Who the caller is to relationships, for read models that narrow their queries to
	 * what the caller may see.
	 * @return the viewer
	 */
	public Viewer viewer() {
		return this.access.viewer();
	}

	/**
	 * Tells whether the caller reads the private notes of a relationship's touchpoints:
	 * its owner and participants, and the CIO and the head of relationship management;
	 * not other members or leaders of its IT group, nor those who only administer
	 * Rapport.
	 * @param id the relationship
	 * @return {@code true} when the caller may read them
	 */
	public boolean mayReadPrivateNotes(long id) {
		return this.access.viewer().canReadPrivateNotes(readable(id));
	}

	/**
	 * Of some relationships, those the caller may read, for lists that gather rows of
	 * many relationships.
	 * @param ids the relationships
	 * @return those of them the caller may read
	 */
	public Set<Long> readableAmong(Collection<Long> ids) {
		Viewer viewer = this.access.viewer();
		Set<Long> readable = new HashSet<>();
		this.relationships.findAllById(Set.copyOf(ids)).forEach((relationship) -> {
			if (viewer.canRead(relationship)) {
				readable.add(relationship.getId());
			}
		});
		return readable;
	}

	/**
	 * Fails unless the caller may read the relationship.
	 * @param id the relationship
	 * @throws NotFoundException when the relationship does not exist or is out of reach
	 */
	public void requireReadable(long id) {
		readable(id);
	}

	/**
	 * Fails unless the caller may change the relationship.
	 * @param id the relationship
	 * @throws AccessDeniedException when the caller may read but not change it
	 */
	public void requireEditable(long id) {
		editable(id);
	}

	private Relationship readable(long id) {
		Relationship relationship = this.relationships.findById(id)
			.orElseThrow(() -> new NotFoundException("Relationship", id));
		if (!this.access.viewer().canRead(relationship)) {
			// Relationships outside the caller's reach are not theirs to know about.
			throw new NotFoundException("Relationship", id);
		}
		return relationship;
	}

	private Relationship editable(long id) {
		Relationship relationship = readable(id);
		if (!this.access.viewer().canEdit(relationship)) {
			throw new AccessDeniedException(
					"Only the owner, participants and leaders of the group change this relationship");
		}
		return relationship;
	}

	private void recordOwner(long relationshipId, long ownerId, Long previousOwnerId) {
		this.jdbc
			.sql("""
					insert into relationships_owner_change (relationship_id, owner_id, previous_owner_id, changed_at, changed_by)
					values (:id, :owner, :previous, :at, :by)
					""")
			.param("id", relationshipId)
			.param("owner", ownerId)
			.param("previous", previousOwnerId)
			.param("at", LocalDateTime.now(this.clock))
			.param("by", Actor.current())
			.update();
	}

	private static Set<Long> participantsWithoutOwner(RelationshipDraft draft, Relationship relationship) {
		Set<Long> ids = new HashSet<>(draft.participantIds());
		ids.remove(relationship.getOwnerId());
		return ids;
	}

	private OrgUnitSummary unit(String field, Long unitId) {
		try {
			return this.directory.unit(unitId);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException(field, "relationships.no-such-unit");
		}
	}

	private PersonSummary existingPerson(long personId) {
		try {
			return this.directory.person(personId);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("personId", "relationships.no-such-person");
		}
	}

	private PersonSummary inIt(String field, Long personId) {
		PersonSummary person;
		try {
			person = this.directory.person(personId);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException(field, "relationships.no-such-person");
		}
		if (!person.inIt()) {
			throw new InvalidInputException(field,
					person.name() + " does not work in IT; owners, participants " + "and IT contacts are people in IT");
		}
		return person;
	}

	private void check(MaturityDraft draft) {
		if (draft.side() == null) {
			throw new InvalidInputException("side", "relationships.say-whose-view-counterpart");
		}
		if (draft.level() == null || draft.level() < 1 || draft.level() > 5) {
			throw new InvalidInputException("level", "relationships.give-level-1-ad");
		}
		if (draft.assessedOn() == null) {
			throw new InvalidInputException("assessedOn", "relationships.give-day-view-was");
		}
		Days.requireInRange("assessedOn", draft.assessedOn());
		if (draft.assessedOn().isAfter(LocalDate.now(this.clock))) {
			throw new InvalidInputException("assessedOn", "relationships.day-future-record-view");
		}
		if (draft.note() != null && draft.note().length() > 1000) {
			throw new InvalidInputException("note", "relationships.keep-note-1-000");
		}
	}

	private static void checkScale(String field, Integer value) {
		if (value == null || value < 1 || value > 5) {
			throw new InvalidInputException(field, "Give " + field + " as a number from 1 to 5");
		}
	}

}
