package org.rapport.directory.web;

import java.util.Map;

import jakarta.validation.Valid;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitDraft;
import org.rapport.directory.OrgUnitSummary;
import org.rapport.directory.UnitKind;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.web.FormErrors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
 * Browse, view and edit organisation units.
 */
@Controller
class UnitsController {

	private final DirectoryManagement directory;

	UnitsController(DirectoryManagement directory) {
		this.directory = directory;
	}

	@GetMapping("/units")
	String units(@RequestParam(required = false) String q, @RequestParam(required = false) UnitKind kind,
			@RequestParam(required = false) String after, Model model) {
		list(q, kind, after, model);
		return "directory/units";
	}

	@HxRequest
	@GetMapping("/units")
	String unitList(@RequestParam(required = false) String q, @RequestParam(required = false) UnitKind kind,
			@RequestParam(required = false) String after, Model model) {
		list(q, kind, after, model);
		return "directory/units :: unit-list";
	}

	private void list(String q, UnitKind kind, String after, Model model) {
		model.addAttribute("page", this.directory.findUnits(kind, q, after, 50));
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("firstPage", after == null || after.isBlank());
	}

	@GetMapping("/units/{id}")
	String unit(@PathVariable long id, @RequestParam(required = false) String after, Model model) {
		model.addAttribute("details", this.directory.unitDetails(id));
		model.addAttribute("page", this.directory.findPeople(id, null, after, 50));
		model.addAttribute("firstPage", after == null || after.isBlank());
		return "directory/unit";
	}

	@GetMapping("/units/new")
	String newUnit(@RequestParam(required = false) Long parent, Model model) {
		UnitForm form = new UnitForm();
		form.setParentId(parent);
		form.setKind(UnitKind.BUSINESS_UNIT);
		return form(form, null, model);
	}

	@PostMapping("/units/new")
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				OrgUnitSummary unit = this.directory
					.createUnit(new OrgUnitDraft(form.getName(), form.getKind(), form.getParentId()));
				redirect.addFlashAttribute("saved", unit.name());
				return "redirect:/units/" + unit.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/units/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		OrgUnitSummary unit = this.directory.unit(id);
		return form(UnitForm.of(unit), unit, model);
	}

	@PostMapping("/units/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrgUnitSummary unit = this.directory.unit(id);
		if (!result.hasErrors()) {
			try {
				this.directory.updateUnit(id,
						new OrgUnitDraft(form.getName(), form.getKind(), form.getParentId(), form.getVersion()));
				redirect.addFlashAttribute("saved", form.getName());
				return "redirect:/units/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
			catch (OptimisticLockingFailureException ex) {
				unit = this.directory.unit(id);
				FormErrors.rejectStale(result, UnitForm.of(unit),
						Map.of("kind", new DefaultMessageSourceResolvable("kind." + unit.kind()), "parentId",
								(unit.parentName() != null) ? unit.parentName() : ""));
			}
		}
		return form(form, unit, model);
	}

	private String form(UnitForm form, OrgUnitSummary unit, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("unit", unit);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("units", this.directory.allUnits());
		return "directory/unit-form";
	}

}
