package org.rapport.relationships;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.rapport.SignedIn;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitDraft;
import org.rapport.directory.PersonDraft;
import org.rapport.directory.UnitKind;

/**
 * Builds the organisation that relationship tests stand on: IT groups and their
 * counterparts, people in and outside IT, accounts, and relationships with their owner,
 * participants and stakeholders. Everything is created through the modules' APIs as
 * Rapport itself, and every unit and person is named with a suffix of its own (the
 * {@link #run()}), so that tests sharing one application context do not collide.
 */
public final class RelationshipMother {

	private final DirectoryManagement directory;

	private final AccountManagement accounts;

	private final RelationshipManagement relationships;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	public RelationshipMother(DirectoryManagement directory, AccountManagement accounts,
			RelationshipManagement relationships) {
		this.directory = directory;
		this.accounts = accounts;
		this.relationships = relationships;
	}

	/**
	 * The suffix that this mother's names and user names carry.
	 * @return the suffix
	 */
	public String run() {
		return this.run;
	}

	/**
	 * A name as this mother stores it.
	 * @param name the name without its suffix
	 * @return the name with the suffix
	 */
	public String named(String name) {
		return name + " " + this.run;
	}

	public long itGroup(String name) {
		return itGroup(name, null);
	}

	public long itGroup(String name, Long parent) {
		return unit(name, UnitKind.IT_GROUP, parent);
	}

	public long businessUnit(String name) {
		return unit(name, UnitKind.BUSINESS_UNIT, null);
	}

	public long vendor(String name) {
		return unit(name, UnitKind.VENDOR, null);
	}

	/**
	 * Someone in IT, who may own or take part in relationships.
	 * @param name the name
	 * @param unit the unit they work in
	 * @return the person's id
	 */
	public long itPerson(String name, long unit) {
		return person(name, unit, true);
	}

	/**
	 * Someone outside IT, such as a stakeholder on the counterpart side.
	 * @param name the name
	 * @param unit the unit they work in
	 * @return the person's id
	 */
	public long outsider(String name, long unit) {
		return person(name, unit, false);
	}

	/**
	 * An account for a person, with one role.
	 * @param username the user name, as it is given
	 * @param password the password
	 * @param personId the person
	 * @param role the role
	 */
	public void account(String username, String password, long personId, Role role) {
		SignedIn
			.asSystem(() -> this.accounts.createAccount(new AccountDraft(username, password, personId, Set.of(role))));
	}

	/**
	 * Establishes a relationship.
	 * @param itGroup the IT group
	 * @param counterpart its counterpart
	 * @param owner the owner, in IT
	 * @param tier the tier
	 * @param participants the participants, in IT
	 * @return the relationship
	 */
	public RelationshipSummary establish(long itGroup, long counterpart, long owner, Tier tier, Long... participants) {
		return SignedIn.asSystem(() -> this.relationships
			.establish(new RelationshipDraft(itGroup, counterpart, owner, tier, List.of(participants))));
	}

	/**
	 * Adds a person of the directory as a stakeholder.
	 * @param relationship the relationship
	 * @param personId the person
	 * @param stance where they stand
	 * @param itContact who in IT keeps in touch, or {@code null}
	 * @return the stakeholder
	 */
	public StakeholderSummary stakeholder(long relationship, long personId, Stance stance, Long itContact) {
		return SignedIn.asSystem(() -> this.relationships.addStakeholder(relationship,
				new StakeholderDraft(personId, null, null, null, 3, 3, stance, itContact)));
	}

	/**
	 * In one call, an IT group and a business unit with a relationship between them: an
	 * owner and a participant in IT, and a stakeholder on the business side whom the
	 * owner keeps in touch with.
	 * @param name what the units and people are named after
	 * @return the relationship and everything it stands on
	 */
	public Sample sample(String name) {
		long group = itGroup(name + " IT");
		long business = businessUnit(name + " Sales");
		long owner = itPerson(name + " Owner", group);
		long participant = itPerson(name + " Participant", group);
		long contact = outsider(name + " Buyer", business);
		RelationshipSummary relationship = establish(group, business, owner, Tier.CORE, participant);
		StakeholderSummary stakeholder = stakeholder(relationship.id(), contact, Stance.SUPPORTER, owner);
		return new Sample(group, business, owner, participant, contact, relationship, stakeholder);
	}

	private long unit(String name, UnitKind kind, Long parent) {
		return SignedIn.asSystem(() -> this.directory.createUnit(new OrgUnitDraft(named(name), kind, parent)).id());
	}

	/**
	 * Someone with an email and, when given, a manager, such as a rater of a 360.
	 * @param name the name
	 * @param unit the unit they work in
	 * @param inIt whether they work in IT
	 * @param managerId their manager, may be {@code null}
	 * @return the person's id
	 */
	public long person(String name, long unit, boolean inIt, Long managerId) {
		String named = named(name);
		String email = org.rapport.shared.Text.key(named) + "@rapport.test";
		return SignedIn.asSystem(
				() -> this.directory.createPerson(new PersonDraft(named, null, email, null, unit, managerId, inIt))
					.id());
	}

	private long person(String name, long unit, boolean inIt) {
		return SignedIn.asSystem(
				() -> this.directory.createPerson(new PersonDraft(named(name), null, null, null, unit, null, inIt))
					.id());
	}

	/**
	 * A relationship with what it stands on, as {@link #sample(String)} builds it.
	 *
	 * @param itGroupId the IT group
	 * @param counterpartId the business unit
	 * @param ownerId the owner
	 * @param participantId the participant
	 * @param stakeholderPersonId the stakeholder's person
	 * @param relationship the relationship, as established
	 * @param stakeholder the stakeholder
	 */
	public record Sample(long itGroupId, long counterpartId, long ownerId, long participantId, long stakeholderPersonId,
			RelationshipSummary relationship, StakeholderSummary stakeholder) {

		public long id() {
			return this.relationship.id();
		}

	}

}
