package org.rapport.relationships;

import java.util.List;

import org.rapport.directory.UnitKind;
import org.rapport.shared.KeysetPage;

/**
 * Who in IT knows each counterpart, and where that knowledge rests on a single person.
 *
 * @param counterparts one page of counterparts with the people in IT who know them
 * @param counterpartCount how many counterparts the caller's relationships reach
 * @param singlePersonCount how many of them only one person in IT knows
 * @param soleLinks the people in IT who are the only link to at least one counterpart,
 * those with the most such counterparts first; at most {@link #SOLE_LINKS_SHOWN}
 * @param soleLinkPeople how many people are the only link to at least one counterpart
 */
public record WhoKnowsWhom(KeysetPage<Counterpart> counterparts, long counterpartCount, long singlePersonCount,
		List<SoleLink> soleLinks, long soleLinkPeople) {

	/** The most people the reverse view lists. */
	public static final int SOLE_LINKS_SHOWN = 100;

	/** The most people shown for one counterpart; the rest are counted. */
	public static final int PEOPLE_SHOWN = 12;

	public WhoKnowsWhom {
		soleLinks = List.copyOf(soleLinks);
	}

	/**
	 * A counterpart and the people in IT who know it through the caller's relationships.
	 *
	 * @param id the counterpart's unit
	 * @param name its name
	 * @param kind business unit, vendor or IT group
	 * @param peopleCount how many people in IT know it
	 * @param people the people who know it, owners first; at most {@link #PEOPLE_SHOWN}
	 * @param relationships the relationships through which IT knows it
	 */
	public record Counterpart(long id, String name, UnitKind kind, int peopleCount, List<Link> people,
			List<Through> relationships) {

		public Counterpart {
			people = List.copyOf(people);
			relationships = List.copyOf(relationships);
		}

		/**
		 * Tells whether only one person in IT knows the counterpart.
		 * @return {@code true} when losing one person would lose the counterpart
		 */
		public boolean restsOnOnePerson() {
			return this.peopleCount == 1;
		}

	}

	/**
	 * A person in IT who knows a counterpart, and how.
	 *
	 * @param personId the person
	 * @param name the person's name
	 * @param owner whether the person owns a relationship with the counterpart
	 * @param participant whether the person takes part in one
	 * @param contact whether the person keeps in touch with one of its stakeholders
	 */
	public record Link(long personId, String name, boolean owner, boolean participant, boolean contact) {
	}

	/**
	 * A relationship through which IT knows a counterpart.
	 *
	 * @param relationshipId the relationship
	 * @param itGroupName the IT group on IT's side
	 */
	public record Through(long relationshipId, String itGroupName) {
	}

	/**
	 * A person in IT who alone knows one or more counterparts.
	 *
	 * @param personId the person
	 * @param name the person's name
	 * @param counterparts the counterparts only this person knows, by name
	 */
	public record SoleLink(long personId, String name, List<CounterpartRef> counterparts) {

		public SoleLink {
			counterparts = List.copyOf(counterparts);
		}

	}

	/**
	 * A counterpart named in a list.
	 *
	 * @param id the counterpart's unit
	 * @param name its name
	 * @param kind business unit, vendor or IT group
	 */
	public record CounterpartRef(long id, String name, UnitKind kind) {
	}

}
