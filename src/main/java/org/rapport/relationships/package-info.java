/**
 * IT's relationships: each joins an IT group with a counterpart (a business unit, a
 * vendor or another IT group), has one accountable owner in IT, participants, a tier that
 * sets its target cadence of contact, and stakeholders on the counterpart side.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "accounts" })
package org.rapport.relationships;
