package org.rapport.directory.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDetails;
import org.rapport.directory.PersonDraft;
import org.rapport.directory.PersonSummary;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.web.FormErrors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Browse, search, view and edit people.
 */
@Controller
class PeopleController {

	private final DirectoryManagement directory;

	PeopleController(DirectoryManagement directory) {
		this.directory = directory;
	}

	@GetMapping("/people")
	String people(@RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String after, Model model) {
		list(q, unit, after, model);
		return "directory/people";
	}

	@HxRequest
	@GetMapping("/people")
	String peopleList(@RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String after, Model model) {
		list(q, unit, after, model);
		return "directory/people :: people-list";
	}

	/**
	 * Suggests people while someone types a name into a field that takes an employee id
	 * or email; {@code suggest} names that field's parameter.
	 */
	@HxRequest
	@GetMapping(path = "/people", params = "suggest")
	String suggestions(@RequestParam String suggest, @RequestParam Map<String, String> params, Model model) {
		String typed = params.getOrDefault(suggest, "").strip();
		model.addAttribute("suggestions",
				(typed.length() < 2) ? List.of() : this.directory.findPeople(null, typed, null, 10).items());
		return "directory/people :: people-suggestions";
	}

	private void list(String q, Long unit, String after, Model model) {
		model.addAttribute("page", this.directory.findPeople(unit, q, after, 50));
		model.addAttribute("q", q);
		model.addAttribute("unit", (unit != null) ? this.directory.unit(unit) : null);
		model.addAttribute("firstPage", after == null || after.isBlank());
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable long id, Model model) {
		PersonDetails details = this.directory.personDetails(id);
		model.addAttribute("details", details);
		model.addAttribute("person", details.person());
		List<PersonSummary> chainTopDown = new ArrayList<>(details.managerChain());
		Collections.reverse(chainTopDown);
		model.addAttribute("chainTopDown", chainTopDown);
		return "directory/person";
	}

	@GetMapping("/people/new")
	String newPerson(@RequestParam(required = false) Long unit, Model model) {
		PersonForm form = new PersonForm();
		form.setUnitId(unit);
		return form(form, null, model);
	}

	@PostMapping("/people/new")
	String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				PersonSummary person = this.directory.createPerson(draft(form));
				redirect.addFlashAttribute("saved", person.name());
				return "redirect:/people/" + person.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of("managerId", "managerRef"));
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/people/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		PersonSummary person = this.directory.person(id);
		PersonSummary manager = (person.managerId() != null) ? this.directory.person(person.managerId()) : null;
		return form(PersonForm.of(person, manager), person, model);
	}

	@PostMapping("/people/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PersonSummary person = this.directory.person(id);
		if (!result.hasErrors()) {
			try {
				this.directory.updatePerson(id, draft(form).over(form.getVersion()));
				redirect.addFlashAttribute("saved", form.getName());
				return "redirect:/people/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of("managerId", "managerRef"));
			}
			catch (OptimisticLockingFailureException ex) {
				person = this.directory.person(id);
				FormErrors.rejectStale(result, PersonForm.of(person, manager(person)),
						Map.of("unitId", (person.unitName() != null) ? person.unitName() : "", "managerRef",
								(person.managerName() != null) ? person.managerName() : ""));
			}
		}
		return form(form, person, model);
	}

	private PersonSummary manager(PersonSummary person) {
		return (person.managerId() != null) ? this.directory.person(person.managerId()) : null;
	}

	private String form(PersonForm form, PersonSummary person, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("person", person);
		model.addAttribute("units", this.directory.allUnits());
		return "directory/person-form";
	}

	private PersonDraft draft(PersonForm form) {
		Long managerId = null;
		if (form.getManagerRef() != null && !form.getManagerRef().isBlank()) {
			managerId = this.directory.personByReference("managerRef", form.getManagerRef());
		}
		return new PersonDraft(form.getName(), form.getEmployeeId(), form.getEmail(), form.getTitle(), form.getUnitId(),
				managerId, form.isInIt());
	}

}
