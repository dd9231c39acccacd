package org.rapport.relationships.web;

import org.rapport.relationships.RelationshipManagement;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The map of who in IT knows whom: each counterpart with the people who know it, the
 * counterparts that rest on one person, and the people who are someone's only link.
 */
@Controller
class WhoKnowsWhomController {

	private static final int PAGE = 25;

	private final RelationshipManagement relationships;

	WhoKnowsWhomController(RelationshipManagement relationships) {
		this.relationships = relationships;
	}

	@GetMapping("/relationships/map")
	String map(@RequestParam(defaultValue = "false") boolean single, @RequestParam(required = false) String after,
			Model model) {
		show(single, after, model);
		return "relationships/map";
	}

	@HxRequest
	@GetMapping("/relationships/map")
	String mapList(@RequestParam(defaultValue = "false") boolean single, @RequestParam(required = false) String after,
			Model model) {
		show(single, after, model);
		return "relationships/map :: map-list";
	}

	private void show(boolean single, String after, Model model) {
		model.addAttribute("map", this.relationships.whoKnowsWhom(single, after, PAGE));
		model.addAttribute("single", single);
		model.addAttribute("firstPage", after == null || after.isBlank());
	}

}
