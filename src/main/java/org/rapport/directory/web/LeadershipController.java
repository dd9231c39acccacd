package org.rapport.directory.web;

import java.util.Map;

import jakarta.validation.Valid;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.Position;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
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
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new LeadershipForm());
		}
		return "directory/leadership";
	}

	@PostMapping("/leadership")
	String assign(@Valid @ModelAttribute("form") LeadershipForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long personId = this.directory.personByReference("person", form.getPerson());
				this.directory.assignPosition(form.getPosition(), personId, form.isReportToCio());
				redirect.addFlashAttribute("assigned", form.getPosition());
				return "redirect:/leadership";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of("personId", "person"));
			}
		}
		return leadership(model);
	}

}
