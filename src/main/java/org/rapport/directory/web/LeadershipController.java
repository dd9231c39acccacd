package org.rapport.directory.web;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.Position;
import org.rapport.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accountability chain: who is the CIO, who heads relationship management, and
 * assigning both.
 */
@Controller
class LeadershipController {

	private final DirectoryManagement directory;

	LeadershipController(DirectoryManagement directory) {
		this.directory = directory;
	}

	@GetMapping("/leadership")
	String leadership(Model model) {
		model.addAttribute("leadership", this.directory.leadership());
		model.addAttribute("positions", Position.values());
		return "directory/leadership";
	}

	@PostMapping("/leadership")
	String assign(@RequestParam Position position, @RequestParam(required = false) String person,
			@RequestParam(defaultValue = "false") boolean reportToCio, Model model, RedirectAttributes redirect) {
		try {
			long personId = this.directory.personByReference("person", person);
			this.directory.assignPosition(position, personId, reportToCio);
			redirect.addFlashAttribute("assigned", position);
			return "redirect:/leadership";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorPosition", position);
			model.addAttribute("personValue", person);
			return leadership(model);
		}
	}

}
