package org.rapport.health.web;

import org.rapport.directory.DirectoryManagement;
import org.rapport.health.HealthManagement;
import org.rapport.health.PortfolioFilter;
import org.rapport.health.PortfolioSort;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The accountability roll-up: the CIO, the head of relationship management, each owner
 * and their relationships, with health, for the relationships the caller may read.
 */
@Controller
class AccountabilityController {

	/** How many owners the page shows; the portfolio sorted by owner shows the rest. */
	private static final int OWNERS_ON_PAGE = 200;

	/** How many owners a home page shows. */
	private static final int OWNERS_AT_HOME = 8;

	/** How many of one owner's relationships the roll-up opens on. */
	private static final int RELATIONSHIPS_OF_OWNER = 50;

	private final HealthManagement health;

	private final DirectoryManagement directory;

	AccountabilityController(HealthManagement health, DirectoryManagement directory) {
		this.health = health;
		this.directory = directory;
	}

	@GetMapping("/accountability")
	String page(Model model) {
		rollup(OWNERS_ON_PAGE, model);
		return "health/accountability";
	}

	/** The roll-up as a home page shows it: the owners who need attention most. */
	@HxRequest
	@GetMapping("/accountability")
	String fragment(@RequestParam(defaultValue = "false") boolean home, Model model) {
		rollup(home ? OWNERS_AT_HOME : OWNERS_ON_PAGE, model);
		return "health/accountability :: rollup";
	}

	/** One owner's relationships, opened in the roll-up; the portfolio without htmx. */
	@HxRequest
	@GetMapping("/accountability/owners/{ownerId}")
	String owner(@PathVariable long ownerId, Model model) {
		model.addAttribute("ownerId", ownerId);
		model.addAttribute("page",
				this.health.portfolio(new PortfolioFilter(null, null, ownerId, null, null, null, false),
						PortfolioSort.HEALTH, null, RELATIONSHIPS_OF_OWNER));
		return "health/accountability :: owner-relationships";
	}

	@GetMapping("/accountability/owners/{ownerId}")
	String ownerPage(@PathVariable long ownerId) {
		return "redirect:/relationships?owner=" + ownerId + "&sort=HEALTH";
	}

	private void rollup(int owners, Model model) {
		model.addAttribute("leadership", this.directory.leadership());
		model.addAttribute("accountability", this.health.accountability(owners));
	}

}
