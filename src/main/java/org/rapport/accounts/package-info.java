/**
 * Who may use Rapport and what they did: local accounts linked to people in the
 * directory, roles, personal API tokens, sign-in throttling, web and API security, and
 * the audit log of sign-ins and data changes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory" })
package org.rapport.accounts;
