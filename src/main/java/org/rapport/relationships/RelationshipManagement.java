package org.rapport.relationships;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.shared.Cursor;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationships' API: establish relationships, give them owners, keep their
 * participants and stakeholders, record their maturity from both sides, end and reopen
 * them, and map who in IT knows each counterpart. Who may read and change which
 * relationship follows {@link Viewer}; the head of relationship management, the CIO and
 * administrators establish relationships and assign owners.
 * <p>
 * A relationship ends with a reason ({@link #end}) and is reopened ({@link #reopen}) by
 * whoever may change it, the rule that changes its tier. An ended relationship is out of
 * the active portfolio: lists leave it out unless they ask for it
 * ({@link RelationshipFilter.State}), the caller's own relationships and health leave it
 * out, and search still finds it, marked as ended. Its record stays readable, and nothing
 * new is recorded on it until it is reopened: its owner, tier, participants, stakeholders
 * and maturity do not change, and no touchpoint or commitment is added
 * ({@link #requireActive}); each such change is refused with
 * {@link RelationshipEndedException}. Commitments made before it ended may still be kept,
 * broken, renegotiated, cancelled or corrected, so that the promises made while it was
 * active are closed out.
 * <p>
 * Each method checks the caller's right and opens the transaction; the work is done by
 * one collaborator per concern: {@link RelationshipAccess} (who may read and change
 * what), {@link RelationshipChanges} (establishing, owner, tier, participants, contact),
 * {@link StakeholderRegister}, {@link MaturityRecorder}, and the read models
 * {@link RelationshipQueries}, {@link MaturityQueries} and {@link WhoKnowsWhomQueries}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RelationshipManagement {

	private final RelationshipAccess access;

	private final RelationshipChanges changes;

	private final StakeholderRegister stakeholders;

	private final MaturityRecorder recorder;

	private final RelationshipQueries queries;

	private final MaturityQueries maturity;

	private final WhoKnowsWhomQueries map;

	private final DirectoryManagement directory;

	RelationshipManagement(RelationshipAccess access, RelationshipChanges changes, StakeholderRegister stakeholders,
			MaturityRecorder recorder, RelationshipQueries queries, MaturityQueries maturity, WhoKnowsWhomQueries map,
			DirectoryManagement directory) {
		this.access = access;
		this.changes = changes;
		this.stakeholders = stakeholders;
		this.recorder = recorder;
		this.queries = queries;
		this.maturity = maturity;
		this.map = map;
		this.directory = directory;
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
	 * The relationships the caller may read whose counterpart or IT group is named like
	 * the text, for the search in the top bar; ended ones too, which say so.
	 * @param text part of a unit's name; fewer than two letters find nothing
	 * @param limit at most how many, 1 to 200
	 * @return the relationships, by counterpart
	 */
	public List<RelationshipSummary> search(String text, int limit) {
		String cleaned = (text != null) ? text.strip() : "";
		if (cleaned.length() < 2) {
			return List.of();
		}
		return this.queries.search(this.access.viewer(), cleaned, Math.max(1, Math.min(limit, 200)));
	}

	/**
	 * The caller's own active relationships: those they own or take part in and those of
	 * the groups they lead, by counterpart.
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
		this.access.readable(id);
		return this.queries.relationship(id).orElseThrow(() -> new NotFoundException("Relationship", id));
	}

	/**
	 * One relationship with its participants, stakeholders and owners over time.
	 * @param id the relationship
	 * @return the details
	 */
	public RelationshipDetails details(long id) {
		Relationship relationship = this.access.readable(id);
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
		return relationship(this.changes.establish(draft));
	}

	/**
	 * Establishes a relationship as it was established on an earlier day, so that an
	 * organisation's history has owners dated within it: for the demo organisation. No
	 * page or API calls it; every check of {@link #establish} applies.
	 * @param draft the relationship
	 * @param establishedOn the day it was established
	 * @return the new relationship
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public RelationshipSummary establishEarlier(RelationshipDraft draft, LocalDate establishedOn) {
		return relationship(this.changes.establish(draft, establishedOn.atTime(9, 0)));
	}

	/**
	 * Records that a relationship was handed over to another owner on an earlier day: for
	 * the demo organisation, as {@link #establishEarlier}.
	 * @param id the relationship
	 * @param ownerId the new owner, a person in IT
	 * @param on the day of the hand-over
	 * @return the relationship
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public RelationshipSummary handOverEarlier(long id, long ownerId, LocalDate on) {
		this.changes.handOver(this.access.editable(id), ownerId, on.atTime(9, 0));
		return relationship(id);
	}

	/**
	 * Changes a relationship's owner, tier and participants. Its two sides cannot change;
	 * only those who steer the portfolio reassign the owner.
	 * @param id the relationship
	 * @param draft the relationship as it should be
	 * @return the changed relationship
	 * @throws StaleVersionException when the relationship changed since the draft's
	 * version, or someone else changed it at the same time
	 * @throws RelationshipEndedException when the relationship has ended
	 */
	@Transactional
	public RelationshipSummary change(long id, RelationshipDraft draft) {
		this.changes.change(this.access.active(id), draft);
		return relationship(id);
	}

	/**
	 * Ends a relationship with a reason: it leaves the active portfolio, keeps its record
	 * and history, and takes nothing new until it is reopened. Whoever may change the
	 * relationship may end it. Of two endings made at once, one is stored and the other
	 * is refused.
	 * @param id the relationship
	 * @param draft why it ends
	 * @param version the relationship's version the ending was made over, or {@code null}
	 * when the caller does not say
	 * @return the ended relationship
	 * @throws org.rapport.shared.InvalidInputException naming {@code reason} when it is
	 * missing or longer than {@value ClosureDraft#REASON_MAX} characters
	 * @throws org.rapport.shared.StateConflictException when it has ended already
	 * @throws StaleVersionException when the relationship changed since that version, or
	 * someone else changed it at the same time
	 */
	@Transactional
	public RelationshipSummary end(long id, ClosureDraft draft, Long version) {
		this.changes.end(this.access.editable(id), draft, version);
		return relationship(id);
	}

	/**
	 * Reopens an ended relationship: it is back in the active portfolio, and its health
	 * is computed again from its record. Whoever may end the relationship may reopen it.
	 * @param id the relationship
	 * @param version the relationship's version the reopening was made over, or
	 * {@code null} when the caller does not say
	 * @return the reopened relationship
	 * @throws org.rapport.shared.StateConflictException when it has not ended
	 * @throws StaleVersionException when the relationship changed since that version, or
	 * someone else changed it at the same time
	 */
	@Transactional
	public RelationshipSummary reopen(long id, Long version) {
		this.changes.reopen(this.access.editable(id), version);
		return relationship(id);
	}

	/**
	 * The stakeholders on the counterpart side, most influential first.
	 * @param id the relationship
	 * @return the stakeholders
	 */
	public List<StakeholderSummary> stakeholders(long id) {
		this.access.readable(id);
		return this.queries.stakeholders(id);
	}

	/**
	 * A page of the stakeholders in the order they were added, for clients that read them
	 * all.
	 * @param id the relationship
	 * @param after the cursor of the page before, {@code null} for the first
	 * @param size how many, 1 to 200 (50 when {@code null})
	 * @return the page and the cursor of the next
	 */
	public KeysetPage<StakeholderSummary> stakeholders(long id, String after, Integer size) {
		int pageSize = Cursor.pageSize(size);
		Cursor cursor = Cursor.decode(after);
		this.access.readable(id);
		return this.queries.stakeholders(id, cursor, pageSize);
	}

	/**
	 * Adds a stakeholder on the counterpart side.
	 * @param id the relationship
	 * @param draft the stakeholder
	 * @return the new stakeholder
	 * @throws RelationshipEndedException when the relationship has ended
	 */
	@Transactional
	public StakeholderSummary addStakeholder(long id, StakeholderDraft draft) {
		this.access.active(id);
		return stakeholder(id, this.stakeholders.add(id, draft));
	}

	/**
	 * One stakeholder of a relationship.
	 * @param id the relationship
	 * @param stakeholderId the stakeholder
	 * @return the stakeholder
	 * @throws NotFoundException when the relationship has no such stakeholder
	 */
	public StakeholderSummary stakeholder(long id, long stakeholderId) {
		this.access.readable(id);
		return this.queries.stakeholders(id)
			.stream()
			.filter((stakeholder) -> stakeholder.id() == stakeholderId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Stakeholder", stakeholderId));
	}

	/**
	 * Changes a stakeholder's role, influence, interest, stance and IT contact, by the
	 * rules that {@link #addStakeholder} applies. Who the stakeholder is cannot change:
	 * the draft's person, name and email, where given, must be the stakeholder's. Whoever
	 * may add stakeholders may change them.
	 * @param id the relationship
	 * @param stakeholderId the stakeholder
	 * @param draft the stakeholder as they should be
	 * @param version the relationship's version the change was made over, or {@code null}
	 * when the caller does not say
	 * @return the changed stakeholder
	 * @throws NotFoundException when the relationship has no such stakeholder
	 * @throws StaleVersionException when the relationship changed since that version, or
	 * someone else changed it at the same time
	 * @throws RelationshipEndedException when the relationship has ended
	 */
	@Transactional
	public StakeholderSummary changeStakeholder(long id, long stakeholderId, StakeholderDraft draft, Long version) {
		this.stakeholders.change(this.access.active(id), stakeholderId, draft, version);
		return stakeholder(id, stakeholderId);
	}

	/**
	 * Removes a stakeholder. Whoever may add stakeholders may remove them; one whom
	 * touchpoints record as met stays.
	 * @param id the relationship
	 * @param stakeholderId the stakeholder
	 * @param version the relationship's version the removal was made over, or
	 * {@code null} when the caller does not say
	 * @throws NotFoundException when the relationship has no such stakeholder
	 * @throws StaleVersionException when the relationship changed since that version, or
	 * someone else changed it at the same time
	 * @throws org.rapport.shared.StateConflictException when touchpoints record the
	 * stakeholder as met
	 * @throws RelationshipEndedException when the relationship has ended
	 */
	@Transactional
	public void removeStakeholder(long id, long stakeholderId, Long version) {
		this.stakeholders.remove(this.access.active(id), stakeholderId, version);
	}

	/**
	 * A relationship's maturity from both sides: the current view of each, how far apart
	 * they are, and the history.
	 * @param id the relationship
	 * @return the maturity
	 */
	public MaturityDetails maturity(long id) {
		this.access.readable(id);
		return this.maturity.maturity(id);
	}

	/**
	 * Records one side's view of the relationship's maturity, as of a day. Whoever may
	 * change the relationship records both IT's view and what the counterpart said.
	 * @param id the relationship
	 * @param draft the assessment
	 * @return the maturity with the new assessment
	 * @throws RelationshipEndedException when the relationship has ended
	 */
	@Transactional
	public MaturityDetails assessMaturity(long id, MaturityDraft draft) {
		this.access.active(id);
		this.recorder.assess(id, draft);
		return this.maturity.maturity(id);
	}

	/**
	 * Records one side's view of a relationship's maturity from a survey that closed,
	 * such as a maturity check-in: the counterpart's when partners were asked, IT's when
	 * IT staff were. Rapport records it on its own behalf (a campaign may close by itself
	 * when its last day has passed), so no caller's rights are asked; an ended
	 * relationship is left as it ended.
	 * @param id the relationship
	 * @param draft the side's assessment
	 * @return whether it was recorded
	 */
	@Transactional
	@PreAuthorize("permitAll()")
	public boolean recordSurveyedMaturity(long id, MaturityDraft draft) {
		try {
			this.access.any(id).requireActive();
		}
		catch (RelationshipEndedException ex) {
			return false;
		}
		this.recorder.assess(id, draft);
		return true;
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
		this.access.editable(id);
		this.recorder.load(id, drafts);
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
		this.changes.recordContact(this.access.editable(id), day);
	}

	/**
	 * Sets the last real contact after a touchpoint was corrected or deleted: to the
	 * latest touchpoint left, which may be earlier than before, or none.
	 * @param id the relationship
	 * @param day the day of the latest touchpoint left, or {@code null} when none is
	 */
	@Transactional
	public void correctContact(long id, LocalDate day) {
		this.changes.correctContact(this.access.editable(id), day);
	}

	/**
	 * Tells whether the caller may change the relationship, for pages that offer changes
	 * only to those who may make them.
	 * @param id the relationship
	 * @return {@code true} when the caller may change it
	 * @throws NotFoundException when the relationship does not exist or is out of reach
	 */
	public boolean mayEdit(long id) {
		return this.access.viewer().canEdit(this.access.readable(id));
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
		return this.access.viewer().canReadPrivateNotes(this.access.readable(id));
	}

	/**
	 * Of some relationships, those the caller may read, for lists that gather rows of
	 * many relationships.
	 * @param ids the relationships
	 * @return those of them the caller may read
	 */
	public Set<Long> readableAmong(Collection<Long> ids) {
		return this.access.readableAmong(ids);
	}

	/**
	 * Fails unless the caller may read the relationship.
	 * @param id the relationship
	 * @throws NotFoundException when the relationship does not exist or is out of reach
	 */
	public void requireReadable(long id) {
		this.access.readable(id);
	}

	/**
	 * Fails unless the caller may change the relationship.
	 * @param id the relationship
	 * @throws AccessDeniedException when the caller may read but not change it
	 */
	public void requireEditable(long id) {
		this.access.editable(id);
	}

	/**
	 * Fails unless the caller may change the relationship and it has not ended: for every
	 * change that records something new on it, such as a touchpoint or a commitment.
	 * @param id the relationship
	 * @throws AccessDeniedException when the caller may read but not change it
	 * @throws RelationshipEndedException when it has ended
	 */
	public void requireActive(long id) {
		this.access.active(id);
	}

}
