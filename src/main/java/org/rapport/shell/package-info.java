/**
 * The application's shell: the layout and navigation, the home page of each role, the
 * login page, error pages and the guard that keeps production off the embedded database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "accounts" })
package org.rapport.shell;
