package org.rapport.directory.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDetails;
import org.rapport.directory.PersonDraft;
import org.rapport.directory.PersonScope;
import org.rapport.directory.PersonSummary;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.web.FormErrors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
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
	 * The people picker's suggestions while someone types into a field that takes a
	 * person: those who may fill the field, found by name, employee id or email. Each
	 * answers with the reference the field takes (employee id, or email where there is
	 * none) and a label to tell namesakes apart.
	 */
	@GetMapping(path = "/people/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<PersonOption> suggestions(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "ANYONE") PersonScope scope, @RequestParam(required = false) Long unit) {
		return this.directory.suggestPeople(q, scope, unit, 10)
			.stream()
			.filter((person) -> person.employeeId() != null || person.email() != null)
			.map(PersonOption::of)
			.toList();
	}

	/**
	 * A person as the picker offers them.
	 *
	 * @param value what the field takes: the employee id, or the email where there is
	 * none
	 * @param label the name with the title and unit
	 */
	record PersonOption(String value, String label) {

		static PersonOption of(PersonSummary person) {
			StringBuilder label = new StringBuilder(person.name());
			if (person.title() != null) {
				label.append(" \u00b7 ").append(person.title());
			}
			if (person.unitName() != null) {
				label.append(" \u00b7 ").append(person.unitName());
			}
			return new PersonOption(person.reference(), label.toString());
		}

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
