/**
 * The organisation directory: business units, IT groups and vendors in a tree, the people
 * in them with their managers, CSV import of both, and the two positions that make IT's
 * relationships accountable: the CIO and the head of relationship management who reports
 * to the CIO.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.rapport.directory;
