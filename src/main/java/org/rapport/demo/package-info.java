/**
 * The demo organisation: a seeded, deterministic generator of a fictional company and the
 * loader that puts it into an empty directory when Rapport runs in its embedded demo
 * mode.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "directory", "accounts", "relationships", "interactions", "commitments",
				"health", "surveys", "servicemetrics", "insight", "recognition", "development" })
package org.rapport.demo;
