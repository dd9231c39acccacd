package org.rapport.shell.web;

import java.util.List;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonScope;
import org.rapport.relationships.RelationshipManagement;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search in the top bar: relationships the caller may read, people and units, found
 * by part of a name (people also by the start of an employee id or email).
 */
@Controller
class SearchController {

	/** How many of each kind the results list before pointing to the full lists. */
	private static final int SHOWN = 10;

	private final RelationshipManagement relationships;

	private final DirectoryManagement directory;

	SearchController(RelationshipManagement relationships, DirectoryManagement directory) {
		this.relationships = relationships;
		this.directory = directory;
	}

	@GetMapping("/search")
	String page(@RequestParam(required = false) String q, Model model) {
		results(q, model);
		return "search";
	}

	/** The results alone, as they change while someone types on the search page. */
	@HxRequest
	@GetMapping("/search")
	String results(@RequestParam(required = false) String q, Model model) {
		String text = (q != null) ? q.strip() : "";
		model.addAttribute("q", text);
		model.addAttribute("relationships", this.relationships.search(text, SHOWN));
		model.addAttribute("people", this.directory.suggestPeople(text, PersonScope.ANYONE, null, SHOWN));
		model.addAttribute("units",
				(text.length() < 2) ? List.of() : this.directory.findUnits(null, text, null, SHOWN).items());
		return "search :: results";
	}

}
