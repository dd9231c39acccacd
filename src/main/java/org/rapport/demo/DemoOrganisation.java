package org.rapport.demo;

import java.util.List;
import java.util.Optional;

import org.rapport.directory.UnitKind;

/**
 * A generated fictional company, Northwind Meridian: its business divisions and IT groups
 * in a tree, its vendors, and the people in them with their managers. The same seed and
 * size always give the same company, so tests, demos and benchmarks can rely on it.
 * <p>
 * The CEO heads the Executive Office; division heads and the CIO report to the CEO; IT
 * group heads, the head of relationship management among them, report to the CIO. Vendor
 * contacts work in their vendor's unit and report to its account director.
 *
 * @param name the company's name
 * @param units every unit, each parent before its children
 * @param people every person: the company's employees, then the vendors' contacts
 * @param ceo the employee id of the chief executive officer
 * @param cio the employee id of the chief information officer
 * @param headOfRelationshipManagement the employee id of the head of relationship
 * management, who reports to the CIO
 * @param itLeader the employee id of an IT leader who heads an IT group and reports to
 * the CIO
 * @param itStaff the employee id of an IT staff member who reports to {@code itLeader}
 */
public record DemoOrganisation(String name, List<Unit> units, List<Person> people, String ceo, String cio,
		String headOfRelationshipManagement, String itLeader, String itStaff) {

	/**
	 * The fewest employees a generated company can have and still hold every position.
	 */
	public static final int MIN_PEOPLE = 100;

	public DemoOrganisation {
		units = List.copyOf(units);
		people = List.copyOf(people);
	}

	/**
	 * Generates a company.
	 * @param seed the seed; the same seed and size give the same company
	 * @param people the number of employees, IT included, at least {@value #MIN_PEOPLE};
	 * about one in six works in IT in a mid-size company and one in eleven at enterprise
	 * scale. Vendor contacts come on top.
	 * @return the company
	 */
	public static DemoOrganisation generate(long seed, int people) {
		if (people < MIN_PEOPLE) {
			throw new IllegalArgumentException(
					"A demo organisation needs at least " + MIN_PEOPLE + " people, not " + people);
		}
		return new OrganisationGenerator(seed, people).generate();
	}

	/**
	 * Finds a person by employee id.
	 * @param employeeId the employee id
	 * @return the person, if there is one
	 */
	public Optional<Person> person(String employeeId) {
		return this.people.stream().filter((person) -> person.employeeId().equals(employeeId)).findFirst();
	}

	/**
	 * An organisation unit.
	 *
	 * @param name the unit's name, unique regardless of case
	 * @param kind business unit, IT group or vendor
	 * @param parentName the enclosing unit's name, or {@code null} at the top of the tree
	 */
	public record Unit(String name, UnitKind kind, String parentName) {
	}

	/**
	 * A person.
	 *
	 * @param employeeId the id HR knows the person by, unique
	 * @param name the person's full name
	 * @param email the email address, unique
	 * @param title the job title
	 * @param unitName the name of the unit the person works in
	 * @param managerEmployeeId the manager's employee id, or {@code null} for the CEO and
	 * for vendors' account directors
	 * @param inIt whether the person works in the company's IT
	 */
	public record Person(String employeeId, String name, String email, String title, String unitName,
			String managerEmployeeId, boolean inIt) {
	}

}
