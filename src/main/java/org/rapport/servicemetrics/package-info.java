/**
 * Service metrics: the technical side of IT's relationships. Imports incident exports
 * from ITSM tools (ServiceNow's incident export, the BPI Challenge 2013 event log, any
 * event log through a saved column mapping), keeps each incident's final state,
 * attributes incidents to business units by rules (the caller's unit in the directory,
 * else the location, the assignment group or the service), and computes per business
 * unit, location, group, priority, service and period: incidents, SLA met, resolution
 * time and reopen rate.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory" })
package org.rapport.servicemetrics;
