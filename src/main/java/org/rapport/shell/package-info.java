/**
 * The application's shell: the layout and navigation, the home page of each role, the
 * search in the top bar, the login page, error pages and the guard that keeps production
 * off the embedded database.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "directory", "accounts", "relationships" })
package org.rapport.shell;
