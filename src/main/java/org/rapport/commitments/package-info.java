/**
 * Commitments: promises made to a relationship's counterpart, who owns them in IT, when
 * they are due, and whether they were kept, broken, renegotiated or cancelled. Kept on
 * time over due is the relationship's observable reliability.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "directory", "accounts", "relationships", "interactions" })
package org.rapport.commitments;
