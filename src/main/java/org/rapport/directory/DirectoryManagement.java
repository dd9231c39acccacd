package org.rapport.directory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapport.shared.Actor;
import org.rapport.shared.Cursor;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's API: browse and change units and people, and keep the accountability
 * chain (the CIO and the head of relationship management reporting to the CIO) intact.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DirectoryManagement {

	private static final int MAX_CHAIN = 64;

	private final PersonRepository people;

	private final OrgUnitRepository units;

	private final DirectoryQueries queries;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DirectoryManagement(PersonRepository people, OrgUnitRepository units, DirectoryQueries queries, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.people = people;
		this.units = units;
		this.queries = queries;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Lists people by name, optionally in one unit and matching part of a name.
	 * @param unitId only people in this unit, or {@code null}
	 * @param query part of a name, or {@code null}
	 * @param after the cursor of the page before, or {@code null}
	 * @param size the page size
	 * @return one page of people
	 */
	public KeysetPage<PersonSummary> findPeople(Long unitId, String query, String after, Integer size) {
		return this.queries.people(unitId, query, Cursor.decode(after), Cursor.pageSize(size));
	}

	/**
	 * The people a picker offers while someone types into a field that takes a person:
	 * those whose name holds the text or whose employee id or email begins with it, among
	 * those who may fill the field.
	 * @param typed what was typed; fewer than two characters find nobody
	 * @param scope who may fill the field
	 * @param unitId the unit whose people may, for {@link PersonScope#UNIT}
	 * @param limit at most how many, 1 to 50
	 * @return the people, by name
	 */
	public List<PersonSummary> suggestPeople(String typed, PersonScope scope, Long unitId, int limit) {
		String cleaned = (typed != null) ? typed.strip() : "";
		if (cleaned.length() < 2) {
			return List.of();
		}
		return this.queries.suggest(cleaned, scope, unitId, Math.max(1, Math.min(limit, 50)));
	}

	/**
	 * Lists organisation units by name, optionally of one kind and matching part of a
	 * name.
	 * @param kind only units of this kind, or {@code null}
	 * @param query part of a name, or {@code null}
	 * @param after the cursor of the page before, or {@code null}
	 * @param size the page size
	 * @return one page of units
	 */
	public KeysetPage<OrgUnitSummary> findUnits(UnitKind kind, String query, String after, Integer size) {
		return this.queries.units(kind, query, Cursor.decode(after), Cursor.pageSize(size));
	}

	public PersonSummary person(long id) {
		return this.queries.person(id).orElseThrow(() -> new NotFoundException("Person", id));
	}

	/**
	 * A person with their manager chain, direct reports and positions.
	 * @param id the person's id
	 * @return the details
	 */
	public PersonDetails personDetails(long id) {
		PersonSummary person = person(id);
		List<PersonSummary> chain = new ArrayList<>();
		Set<Long> seen = new HashSet<>(Set.of(person.id()));
		Long next = person.managerId();
		while (next != null && seen.add(next) && chain.size() < MAX_CHAIN) {
			PersonSummary manager = person(next);
			chain.add(manager);
			next = manager.managerId();
		}
		List<Position> positions = this.queries.positionHolders()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == id)
			.map(Map.Entry::getKey)
			.toList();
		return new PersonDetails(person, chain, this.queries.reports(id), positions);
	}

	/**
	 * Finds a person by employee id or email, as people write them in forms.
	 * @param reference an employee id or an email address
	 * @return the person, if one matches
	 */
	public java.util.Optional<PersonSummary> findByReference(String reference) {
		String cleaned = Names.blankToNull(reference);
		if (cleaned == null) {
			return java.util.Optional.empty();
		}
		return this.people.findByEmployeeId(cleaned)
			.or(() -> this.people.findByEmailKey(Names.emailKey(cleaned)))
			.map((person) -> person(person.getId()));
	}

	/**
	 * The person a form names by employee id or email, the one lookup every form uses.
	 * @param field the form field that names the person, for the error
	 * @param reference an employee id or an email address
	 * @return the person's id
	 * @throws InvalidInputException on that field when no one matches
	 */
	public long personByReference(String field, String reference) {
		return findByReference(reference).map(PersonSummary::id)
			.orElseThrow(() -> new InvalidInputException(field, "error.person.reference-unknown",
					(reference != null) ? reference.strip() : ""));
	}

	/**
	 * The people a form names in one field, by employee id or email, separated by commas,
	 * semicolons or spaces.
	 * @param field the form field that names them, for the error
	 * @param references the references, may be {@code null} or blank
	 * @return their ids, in the order named, each once
	 * @throws InvalidInputException on that field when someone named matches no one
	 */
	public List<Long> peopleByReferences(String field, String references) {
		if (references == null || references.isBlank()) {
			return List.of();
		}
		return Arrays.stream(references.strip().split("[,;\\s]+"))
			.map((reference) -> personByReference(field, reference))
			.distinct()
			.toList();
	}

	/**
	 * All units of the directory by kind and name, for choosing one in a form.
	 * @return the units, at most 5,000
	 */
	public List<OrgUnitSummary> allUnits() {
		return this.queries.units(null, null, null, 5000).items();
	}

	/**
	 * The units of one kind by name, for choosing one in a filter.
	 * @param kind the kind
	 * @return the units, at most 5,000
	 */
	public List<OrgUnitSummary> unitsOf(UnitKind kind) {
		return this.queries.units(kind, null, null, 5000).items();
	}

	/**
	 * A unit and every unit inside it, at any depth.
	 * @param unitId the unit
	 * @return the ids of the unit and its descendants
	 */
	public Set<Long> unitAndDescendants(long unitId) {
		Set<Long> ids = new java.util.LinkedHashSet<>();
		java.util.Deque<Long> next = new java.util.ArrayDeque<>(List.of(unitId));
		while (!next.isEmpty()) {
			long id = next.pop();
			if (ids.add(id)) {
				this.queries.children(id).forEach((child) -> next.push(child.id()));
			}
		}
		return ids;
	}

	public OrgUnitSummary unit(long id) {
		return this.queries.unit(id).orElseThrow(() -> new NotFoundException("Unit", id));
	}

	/**
	 * A unit with the units above and directly below it.
	 * @param id the unit's id
	 * @return the details
	 */
	public OrgUnitDetails unitDetails(long id) {
		OrgUnitSummary unit = unit(id);
		List<OrgUnitSummary> ancestors = new ArrayList<>();
		Set<Long> seen = new HashSet<>(Set.of(unit.id()));
		Long next = unit.parentId();
		while (next != null && seen.add(next) && ancestors.size() < MAX_CHAIN) {
			OrgUnitSummary parent = unit(next);
			ancestors.add(0, parent);
			next = parent.parentId();
		}
		return new OrgUnitDetails(unit, ancestors, this.queries.children(id));
	}

	/**
	 * The CIO and the head of relationship management.
	 * @return the accountability chain
	 */
	public Leadership leadership() {
		Map<Position, Long> holders = this.queries.positionHolders();
		Long cio = holders.get(Position.CIO);
		Long head = holders.get(Position.HEAD_OF_RELATIONSHIP_MANAGEMENT);
		return new Leadership((cio != null) ? person(cio) : null, (head != null) ? person(head) : null);
	}

	public DirectoryFacts facts() {
		return this.queries.facts();
	}

	/**
	 * Creates a person.
	 * @param draft the person's details
	 * @return the new person
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public PersonSummary createPerson(PersonDraft draft) {
		checkPerson(null, draft);
		Person person = savePerson(Person.create(draft, LocalDateTime.now(this.clock)), draft);
		this.events
			.publishEvent(new PersonAdded(person.getId(), person.getName(), Actor.current(), this.clock.instant()));
		return person(person.getId());
	}

	/**
	 * Changes a person, keeping the accountability chain intact.
	 * @param id the person's id
	 * @param draft the new details
	 * @return the changed person
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public PersonSummary updatePerson(long id, PersonDraft draft) {
		Person person = this.people.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
		StaleVersionException.check("Person", id, draft.version(), person.getVersion());
		checkPerson(id, draft);
		List<String> changes = person.apply(draft, LocalDateTime.now(this.clock));
		if (!changes.isEmpty()) {
			savePerson(person, draft);
			this.events
				.publishEvent(new PersonUpdated(id, person.getName(), changes, Actor.current(), this.clock.instant()));
		}
		return person(id);
	}

	/**
	 * Creates an organisation unit.
	 * @param draft the unit's details
	 * @return the new unit
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public OrgUnitSummary createUnit(OrgUnitDraft draft) {
		checkUnit(null, draft);
		OrgUnit unit = saveUnit(
				OrgUnit.create(draft.name(), draft.kind(), draft.parentId(), LocalDateTime.now(this.clock)), draft);
		this.events.publishEvent(
				new OrgUnitCreated(unit.getId(), unit.getName(), draft.kind(), Actor.current(), this.clock.instant()));
		return unit(unit.getId());
	}

	/**
	 * Changes an organisation unit.
	 * @param id the unit's id
	 * @param draft the new details
	 * @return the changed unit
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public OrgUnitSummary updateUnit(long id, OrgUnitDraft draft) {
		OrgUnit unit = this.units.findById(id).orElseThrow(() -> new NotFoundException("Unit", id));
		StaleVersionException.check("Unit", id, draft.version(), unit.getVersion());
		checkUnit(id, draft);
		unit.change(draft.name(), draft.kind(), draft.parentId());
		saveUnit(unit, draft);
		this.events
			.publishEvent(new OrgUnitUpdated(id, unit.getName(), draft.kind(), Actor.current(), this.clock.instant()));
		return unit(id);
	}

	/**
	 * Gives a position in the accountability chain to a person. A new CIO takes the head
	 * of relationship management as a direct report; a new head must report to the CIO,
	 * and is moved under the CIO when {@code reportToCio} is set.
	 * @param position the position
	 * @param personId the new holder
	 * @param reportToCio for the head: make the person report to the CIO
	 * @return the accountability chain after the change
	 */
	@Transactional
	@PreAuthorize("@roleGroups.assignsLeadership()")
	public Leadership assignPosition(Position position, long personId, boolean reportToCio) {
		Person person = this.people.findById(personId)
			.orElseThrow(() -> new InvalidInputException("personId", "error.person.unknown"));
		if (!person.isInIt()) {
			throw new InvalidInputException("personId", "error.leadership.outside-it", person.getName());
		}
		Map<Position, Long> holders = this.queries.positionHolders();
		Long cio = holders.get(Position.CIO);
		Long head = holders.get(Position.HEAD_OF_RELATIONSHIP_MANAGEMENT);
		if (position == Position.CIO) {
			if (Long.valueOf(personId).equals(head)) {
				throw new InvalidInputException("personId", "error.leadership.cio-is-head", person.getName());
			}
			if (head != null && head.equals(person.getManagerId())) {
				throw new InvalidInputException("personId", "error.leadership.cio-reports-to-head", person.getName());
			}
			if (head != null) {
				moveUnder(this.people.findById(head).orElseThrow(), person);
			}
		}
		else {
			if (cio == null) {
				throw new InvalidInputException("personId", "error.leadership.cio-first");
			}
			if (cio == personId) {
				throw new InvalidInputException("personId", "error.leadership.head-is-cio", person.getName());
			}
			if (!Position.mayReportTo(cio, personId, personId, person.getManagerId())) {
				if (!reportToCio) {
					throw new InvalidInputException("personId", "error.leadership.head-not-under-cio", person.getName(),
							person(cio).name());
				}
				moveUnder(person, this.people.findById(cio).orElseThrow());
			}
		}
		// Insert-or-update that two first assignments at once cannot turn into a
		// duplicate key: the second waits for the first and then changes its row.
		int inserted = this.jdbc
			.sql("insert into directory_position (position, person_id, assigned_at, assigned_by) "
					+ "values (:position, :person, :at, :by) on conflict do nothing")
			.param("person", personId)
			.param("at", LocalDateTime.now(this.clock))
			.param("by", Actor.current())
			.param("position", position.name())
			.update();
		if (inserted == 0) {
			this.jdbc
				.sql("update directory_position set person_id = :person, assigned_at = :at, assigned_by = :by "
						+ "where position = :position")
				.param("person", personId)
				.param("at", LocalDateTime.now(this.clock))
				.param("by", Actor.current())
				.param("position", position.name())
				.update();
		}
		this.events.publishEvent(
				new PositionAssigned(position, personId, person.getName(), Actor.current(), this.clock.instant()));
		return leadership();
	}

	private void moveUnder(Person report, Person manager) {
		PersonSummary current = person(report.getId());
		List<String> changes = report.apply(new PersonDraft(current.name(), current.employeeId(), current.email(),
				current.title(), current.unitId(), manager.getId(), current.inIt()), LocalDateTime.now(this.clock));
		this.people.save(report);
		this.events.publishEvent(
				new PersonUpdated(report.getId(), report.getName(), changes, Actor.current(), this.clock.instant()));
	}

	private Person savePerson(Person person, PersonDraft draft) {
		try {
			return this.people.save(person);
		}
		catch (DuplicateKeyException ex) {
			// Another request stored the same employee id or email first.
			boolean employeeId = String.valueOf(ex.getMessage())
				.toLowerCase(Locale.ROOT)
				.contains("directory_person_employee_id_idx");
			throw employeeId
					? new AlreadyExistsException("employeeId", ex, "error.person.employee-id-taken", draft.employeeId())
					: new AlreadyExistsException("email", ex, "error.person.email-taken", draft.email());
		}
	}

	private OrgUnit saveUnit(OrgUnit unit, OrgUnitDraft draft) {
		try {
			return this.units.save(unit);
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("name", ex, "error.unit.name-taken", draft.name());
		}
	}

	private void checkPerson(Long id, PersonDraft draft) {
		Drafts.check(draft);
		Names.check("name", draft.name());
		if (Text.hasControl(draft.title(), false)) {
			throw new InvalidInputException("title", "text.control");
		}
		String employeeId = Names.blankToNull(draft.employeeId());
		if (employeeId != null) {
			this.people.findByEmployeeId(employeeId).filter((other) -> !other.getId().equals(id)).ifPresent((other) -> {
				throw new AlreadyExistsException("employeeId", "error.person.employee-id-taken-by", employeeId,
						other.getName());
			});
		}
		String emailKey = Names.emailKey(draft.email());
		if (emailKey != null) {
			this.people.findByEmailKey(emailKey).filter((other) -> !other.getId().equals(id)).ifPresent((other) -> {
				throw new AlreadyExistsException("email", "error.person.email-taken-by", draft.email(),
						other.getName());
			});
		}
		if (draft.unitId() != null && !this.units.existsById(draft.unitId())) {
			throw new InvalidInputException("unitId", "error.unit.unknown");
		}
		if (draft.managerId() != null) {
			checkManager(id, draft.managerId());
		}
		if (id != null) {
			checkPositionRules(id, draft);
		}
	}

	private void checkManager(Long id, long managerId) {
		if (Long.valueOf(managerId).equals(id)) {
			throw new InvalidInputException("managerId", "error.person.own-manager");
		}
		Long next = managerId;
		Set<Long> seen = new HashSet<>();
		while (next != null && seen.add(next)) {
			Person manager = this.people.findById(next)
				.orElseThrow(() -> new InvalidInputException("managerId", "error.person.unknown"));
			if (id != null && manager.getManagerId() != null && manager.getManagerId().equals(id)) {
				throw new InvalidInputException("managerId", "error.person.manager-loop", manager.getName());
			}
			next = manager.getManagerId();
		}
	}

	private void checkPositionRules(long id, PersonDraft draft) {
		Map<Position, Long> holders = this.queries.positionHolders();
		boolean holdsPosition = holders.containsValue(id);
		if (holdsPosition && !draft.inIt()) {
			throw new InvalidInputException("inIt", "error.person.position-outside-it");
		}
		Long cio = holders.get(Position.CIO);
		if (!Position.mayReportTo(cio, holders.get(Position.HEAD_OF_RELATIONSHIP_MANAGEMENT), id, draft.managerId())) {
			throw new InvalidInputException("managerId", "error.person.head-under-cio", person(cio).name());
		}
	}

	private void checkUnit(Long id, OrgUnitDraft draft) {
		Drafts.check(draft);
		Names.check("name", draft.name());
		this.units.findByNameKey(Names.key(draft.name()))
			.filter((other) -> !other.getId().equals(id))
			.ifPresent((other) -> {
				throw new AlreadyExistsException("name", "error.unit.name-taken", other.getName());
			});
		Long next = draft.parentId();
		Set<Long> seen = new HashSet<>();
		while (next != null && seen.add(next)) {
			if (next.equals(id)) {
				throw new InvalidInputException("parentId", "error.unit.own-parent");
			}
			next = this.units.findById(next)
				.orElseThrow(() -> new InvalidInputException("parentId", "error.unit.unknown"))
				.getParentId();
		}
	}

}
