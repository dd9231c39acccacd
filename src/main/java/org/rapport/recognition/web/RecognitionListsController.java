package org.rapport.recognition.web;

import java.util.Locale;

import org.rapport.recognition.RecognitionLists;
import org.rapport.recognition.RecognitionLists.RecognitionList;
import org.rapport.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The head of relationship management's page for recognition's lists: the relationship
 * values and the awards, each added, renamed, retired or restored. A refused label shows
 * beside its field with what was typed.
 */
@Controller
class RecognitionListsController {

	private final RecognitionLists lists;

	private final MessageSource messages;

	RecognitionListsController(RecognitionLists lists, MessageSource messages) {
		this.lists = lists;
		this.messages = messages;
	}

	@GetMapping("/recognition/lists")
	String lists(Model model) {
		model.addAttribute("values", this.lists.entries(RecognitionList.VALUES));
		model.addAttribute("awards", this.lists.entries(RecognitionList.AWARDS));
		return "recognition/lists";
	}

	@PostMapping("/recognition/lists/{list}/entries")
	String add(@PathVariable String list, @RequestParam(required = false) String label, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("added", this.lists.add(list, label).label());
			return "redirect:/recognition/lists";
		}
		catch (InvalidInputException ex) {
			String which = RecognitionList.of(list).name();
			model.addAttribute("error" + which, this.messages.getMessage(ex, locale));
			model.addAttribute("typed" + which, label);
			return lists(model);
		}
	}

	@PostMapping("/recognition/lists/{list}/entries/{key}")
	String rename(@PathVariable String list, @PathVariable String key, @RequestParam(required = false) String label,
			Locale locale, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("renamed", this.lists.rename(list, key, label).label());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("listError", this.messages.getMessage(ex, locale));
		}
		return "redirect:/recognition/lists";
	}

	@PostMapping("/recognition/lists/{list}/entries/{key}/active")
	String activate(@PathVariable String list, @PathVariable String key,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
		RecognitionLists.Entry entry = this.lists.activate(list, key, active);
		redirect.addFlashAttribute(active ? "restored" : "retired", entry.label());
		return "redirect:/recognition/lists";
	}

}
