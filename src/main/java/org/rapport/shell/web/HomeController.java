package org.rapport.shell.web;

import org.rapport.accounts.RapportUser;
import org.rapport.directory.DirectoryManagement;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the accountability chain, the directory in figures and what to do next
 * for the signed-in role.
 */
@Controller
class HomeController {

	private final DirectoryManagement directory;

	HomeController(DirectoryManagement directory) {
		this.directory = directory;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal RapportUser user, Model model) {
		model.addAttribute("leadership", this.directory.leadership());
		model.addAttribute("facts", this.directory.facts());
		if (user != null && user.getPersonId() != null) {
			model.addAttribute("me", this.directory.person(user.getPersonId()));
		}
		return "home";
	}

}
