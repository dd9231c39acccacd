/**
 * IT's relationships: each joins an IT group with a counterpart (a business unit, a
 * vendor or another IT group), has one accountable owner in IT, participants, a tier that
 * sets its target cadence of contact, stakeholders on the counterpart side, and its
 * maturity as each side assesses it; and the map of who in IT knows whom.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "accounts" })
package org.rapport.relationships;
