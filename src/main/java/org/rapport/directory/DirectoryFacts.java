package org.rapport.directory;

/**
 * Headline figures of the directory.
 *
 * @param businessUnits number of business units
 * @param itGroups number of IT groups
 * @param vendors number of vendors
 * @param people number of people
 * @param peopleInIt number of people who work in IT
 * @param peopleWithoutManager number of people with no manager recorded
 */
public record DirectoryFacts(long businessUnits, long itGroups, long vendors, long people, long peopleInIt,
		long peopleWithoutManager) {
}
