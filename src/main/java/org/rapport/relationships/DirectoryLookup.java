package org.rapport.relationships;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitSummary;
import org.rapport.directory.PersonSummary;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The units and people that a relationship's input names, read from the directory; one
 * that does not exist, or a person outside IT where one in IT is needed, is invalid input
 * of the field that named it.
 */
@Component
class DirectoryLookup {

	private final DirectoryManagement directory;

	DirectoryLookup(DirectoryManagement directory) {
		this.directory = directory;
	}

	OrgUnitSummary unit(String field, Long unitId) {
		try {
			return this.directory.unit(unitId);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException(field, "error.relationship.no-such-unit");
		}
	}

	PersonSummary person(String field, Long personId) {
		try {
			return this.directory.person(personId);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException(field, "error.relationship.no-such-person");
		}
	}

	/**
	 * A person in IT: owners, participants and IT contacts of stakeholders are.
	 */
	PersonSummary inIt(String field, Long personId) {
		PersonSummary person = person(field, personId);
		if (!person.inIt()) {
			throw new InvalidInputException(field, "error.relationship.not-in-it", person.name());
		}
		return person;
	}

	/**
	 * The name of someone known to exist, such as a previous owner.
	 */
	String name(long personId) {
		return this.directory.person(personId).name();
	}

}
