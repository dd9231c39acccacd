package org.rapport.relationships.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitSummary;
import org.rapport.directory.PersonSummary;
import org.rapport.directory.UnitKind;
import org.rapport.relationships.Maturity;
import org.rapport.relationships.MaturityDetails;
import org.rapport.relationships.RelationshipDetails;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.Side;
import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderSummary;
import org.rapport.relationships.Tier;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Establishing relationships and each relationship's page: owner, tier, stakeholders with
 * the influence/interest grid, maturity from both sides over time, and ending and
 * reopening the relationship.
 */
@Controller
class RelationshipsController {

	/** Where the first nine stakeholders of one grid cell sit around its centre. */
	private static final int[][] SPREAD = { { 0, 0 }, { 14, 0 }, { -14, 0 }, { 0, 14 }, { 0, -14 }, { 14, 14 },
			{ -14, -14 }, { 14, -14 }, { -14, 14 } };

	/** The section of the page that holds each form. */
	private static final Map<String, Section> SECTIONS = Map.of("owner-form", Section.OVERVIEW, "tier-form",
			Section.OVERVIEW, "closure-form", Section.OVERVIEW, "stakeholder-form", Section.STAKEHOLDERS,
			"stakeholder-change-form", Section.STAKEHOLDERS, "maturity-form", Section.MATURITY);

	private final RelationshipManagement relationships;

	private final DirectoryManagement directory;

	private final Clock clock;

	private final Validator validator;

	RelationshipsController(RelationshipManagement relationships, DirectoryManagement directory, Clock clock,
			Validator validator) {
		this.relationships = relationships;
		this.directory = directory;
		this.clock = clock;
		this.validator = validator;
	}

	@GetMapping("/relationships/new")
	String newRelationship(Model model) {
		model.addAttribute("relationshipForm", new RelationshipForm());
		return form(model);
	}

	@PostMapping("/relationships/new")
	ModelAndView establish(@Valid @ModelAttribute("relationshipForm") RelationshipForm form, BindingResult result,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				RelationshipSummary relationship = this.relationships
					.establish(new RelationshipDraft(form.getItGroupId(), form.getCounterpartId(),
							person("ownerId", form.getOwnerRef()), form.getTier(), null));
				redirect.addFlashAttribute("saved", relationship.name());
				return redirect(htmx, relationship.id());
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of("ownerId", "ownerRef"));
			}
		}
		String page = form(model);
		return new ModelAndView(htmx.isHtmxRequest() ? page + " :: relationship-form" : page);
	}

	private String form(Model model) {
		List<OrgUnitSummary> units = this.directory.allUnits();
		model.addAttribute("itGroups", units.stream().filter((unit) -> unit.kind() == UnitKind.IT_GROUP).toList());
		model.addAttribute("units", units);
		model.addAttribute("tiers", Tier.values());
		return "relationships/relationship-form";
	}

	@GetMapping("/relationships/{id}")
	String relationship(@PathVariable long id, @RequestParam(required = false) String section, Model model) {
		return relationship(id, Section.of(section), model);
	}

	/**
	 * The relationship's header and one of its sections: only what that section shows is
	 * read.
	 */
	private String relationship(long id, Section section, Model model) {
		RelationshipDetails details = this.relationships.details(id);
		RelationshipSummary relationship = details.relationship();
		model.addAttribute("details", details);
		model.addAttribute("relationship", relationship);
		model.addAttribute("section", section);
		model.addAttribute("sections", Section.values());
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("today", today);
		switch (section) {
			case OVERVIEW -> {
				model.addAttribute("tiers", Tier.values());
				// A form posted with errors is in the model already, with what the user
				// typed.
				if (!model.containsAttribute("ownerForm")) {
					OwnerForm owner = new OwnerForm();
					owner.setVersion(relationship.version());
					model.addAttribute("ownerForm", owner);
				}
				if (!model.containsAttribute("tierForm")) {
					model.addAttribute("tierForm", new TierForm(relationship.tier(), relationship.version()));
				}
				if (!model.containsAttribute("closureForm")) {
					model.addAttribute("closureForm", new ClosureForm(relationship.version()));
				}
			}
			case STAKEHOLDERS -> {
				model.addAttribute("grid", grid(details.stakeholders()));
				model.addAttribute("stances", Stance.values());
				if (!model.containsAttribute("stakeholderForm")) {
					model.addAttribute("stakeholderForm", new StakeholderForm());
				}
			}
			case MATURITY -> {
				MaturityDetails maturity = this.relationships.maturity(id);
				model.addAttribute("maturity", maturity);
				model.addAttribute("maturityChart", MaturityChart.of(maturity.history(), today));
				model.addAttribute("maturities", Maturity.values());
				model.addAttribute("sides", Side.values());
				if (!model.containsAttribute("maturityForm")) {
					model.addAttribute("maturityForm", new MaturityForm(today));
				}
			}
			default -> {
				// Commitments and the timeline are loaded from their own modules.
			}
		}
		return "relationships/relationship";
	}

	@PostMapping("/relationships/{id}/maturity")
	ModelAndView assessMaturity(@PathVariable long id, @ModelAttribute("maturityForm") MaturityForm form,
			BindingResult result, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		// The service's own checks say what is wrong in the words of maturity.
		if (!result.hasErrors()) {
			try {
				this.relationships.assessMaturity(id, form.draft());
				redirect.addFlashAttribute("assessed", form.getSide());
				return redirect(htmx, id, Section.MATURITY);
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
		}
		return again(id, model, htmx, "maturity-form");
	}

	@PostMapping("/relationships/{id}/owner")
	ModelAndView reassign(@PathVariable long id, @Valid @ModelAttribute("ownerForm") OwnerForm form,
			BindingResult result, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			RelationshipSummary current = this.relationships.relationship(id);
			try {
				this.relationships.change(id,
						new RelationshipDraft(current.itGroupId(), current.counterpartId(),
								person("ownerId", form.getOwnerRef()), current.tier(), current.participantIds(),
								form.getVersion()));
				redirect.addFlashAttribute("changed", true);
				return redirect(htmx, id);
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of("ownerId", "ownerRef"));
			}
			catch (OptimisticLockingFailureException ex) {
				// The form keeps the name typed and takes the current version, so that
				// saving again hands the relationship over knowingly.
				RelationshipSummary now = this.relationships.relationship(id);
				form.setVersion(now.version());
				result.reject("form.stale.now", new Object[] { now.ownerName() }, "Changed meanwhile");
			}
		}
		return again(id, model, htmx, "owner-form");
	}

	@PostMapping("/relationships/{id}/tier")
	ModelAndView changeTier(@PathVariable long id, @Valid @ModelAttribute("tierForm") TierForm form,
			BindingResult result, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			RelationshipSummary current = this.relationships.relationship(id);
			try {
				this.relationships.change(id, new RelationshipDraft(current.itGroupId(), current.counterpartId(),
						current.ownerId(), form.getTier(), current.participantIds(), form.getVersion()));
				redirect.addFlashAttribute("changed", true);
				return redirect(htmx, id);
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
			catch (OptimisticLockingFailureException ex) {
				RelationshipSummary now = this.relationships.relationship(id);
				FormErrors.rejectStale(result, new TierForm(now.tier(), now.version()),
						Map.of("tier", new DefaultMessageSourceResolvable("tier." + now.tier())));
			}
		}
		return again(id, model, htmx, "tier-form");
	}

	/**
	 * Ends the relationship with the reason typed, over the version of the relationship
	 * the page was shown with. A refused reason keeps the form open with what was typed;
	 * a relationship someone else changed meanwhile keeps the reason and takes the
	 * current version, so that ending it again is a knowing choice.
	 */
	@PostMapping("/relationships/{id}/closure")
	ModelAndView end(@PathVariable long id, @ModelAttribute("closureForm") ClosureForm form, BindingResult result,
			HtmxRequest htmx, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		// The API's rule: the reason is validated as the API validates it.
		validate(form.draft(), result);
		if (!result.hasErrors()) {
			try {
				this.relationships.end(id, form.draft(), form.getVersion());
				redirect.addFlashAttribute("ended", true);
				return redirect(htmx, id);
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
			catch (StateConflictException ex) {
				// Someone else ended it first; the page shown next says when and why.
				redirect.addFlashAttribute("refused", FormErrors.text(request, ex));
				return redirect(htmx, id);
			}
			catch (OptimisticLockingFailureException ex) {
				RelationshipSummary now = this.relationships.relationship(id);
				form.setVersion(now.version());
				result.reject("form.stale.closure", "Changed meanwhile");
			}
		}
		return again(id, model, htmx, "closure-form");
	}

	/**
	 * Reopens the relationship, over the version of the relationship the page was shown
	 * with; the page says when someone changed it meanwhile or it is open already.
	 */
	@PostMapping("/relationships/{id}/closure/reopen")
	ModelAndView reopen(@PathVariable long id, @RequestParam(required = false) Long version, HtmxRequest htmx,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			this.relationships.reopen(id, version);
			redirect.addFlashAttribute("reopened", true);
		}
		catch (StateConflictException ex) {
			redirect.addFlashAttribute("refused", FormErrors.text(request, ex));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("refused", FormErrors.text(request,
					new DefaultMessageSourceResolvable(new String[] { "form.stale.reopen" }, "Changed meanwhile")));
		}
		return redirect(htmx, id);
	}

	@PostMapping("/relationships/{id}/stakeholders")
	ModelAndView addStakeholder(@PathVariable long id, @ModelAttribute("stakeholderForm") StakeholderForm form,
			BindingResult result, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		// The API's rules: the draft is validated as the API validates it.
		validate(form.draft(null, null), result);
		if (!result.hasErrors()) {
			try {
				Long personId = (form.getPersonRef() != null && !form.getPersonRef().isBlank())
						? person("personId", form.getPersonRef()) : null;
				Long contactId = (form.getContactRef() != null && !form.getContactRef().isBlank())
						? person("itContactId", form.getContactRef()) : null;
				this.relationships.addStakeholder(id, form.draft(personId, contactId));
				redirect.addFlashAttribute("changed", true);
				return redirect(htmx, id, Section.STAKEHOLDERS);
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of("personId", "personRef", "itContactId", "contactRef"));
			}
		}
		return again(id, model, htmx, "stakeholder-form");
	}

	/**
	 * A stakeholder's form, opened on the relationship's page below its stakeholders: the
	 * page with the form, or for htmx only the form.
	 */
	@GetMapping("/relationships/{id}/stakeholders/{stakeholderId}")
	ModelAndView stakeholder(@PathVariable long id, @PathVariable long stakeholderId, HtmxRequest htmx, Model model) {
		StakeholderSummary stakeholder = this.relationships.stakeholder(id, stakeholderId);
		model.addAttribute("stakeholderChangeForm", new StakeholderChangeForm(stakeholder, contactRef(stakeholder),
				this.relationships.relationship(id).version()));
		model.addAttribute("changing", stakeholder);
		return again(id, model, htmx, "stakeholder-change-form");
	}

	@PostMapping("/relationships/{id}/stakeholders/{stakeholderId}")
	ModelAndView changeStakeholder(@PathVariable long id, @PathVariable long stakeholderId,
			@ModelAttribute("stakeholderChangeForm") StakeholderChangeForm form, BindingResult result, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		// The API's rules: the draft is validated as the API validates it.
		validate(form.draft(null), result);
		if (!result.hasErrors()) {
			try {
				Long contactId = (form.getContactRef() != null && !form.getContactRef().isBlank())
						? person("itContactId", form.getContactRef()) : null;
				this.relationships.changeStakeholder(id, stakeholderId, form.draft(contactId), form.getVersion());
				redirect.addFlashAttribute("changed", true);
				return redirect(htmx, id, Section.STAKEHOLDERS);
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of("itContactId", "contactRef"));
			}
			catch (OptimisticLockingFailureException ex) {
				// What the user typed stays; beside it, the values someone else stored.
				StakeholderSummary now = this.relationships.stakeholder(id, stakeholderId);
				Map<String, Object> labels = new HashMap<>();
				labels.put("stance", new DefaultMessageSourceResolvable("stance." + now.stance()));
				if (now.itContactName() != null) {
					labels.put("contactRef", now.itContactName());
				}
				FormErrors.rejectStale(result,
						new StakeholderChangeForm(now, contactRef(now), this.relationships.relationship(id).version()),
						labels);
			}
		}
		model.addAttribute("changing", this.relationships.stakeholder(id, stakeholderId));
		return again(id, model, htmx, "stakeholder-change-form");
	}

	/**
	 * Removes a stakeholder, over the version of the relationship the page was shown
	 * with; the page says when someone changed it meanwhile or touchpoints keep the
	 * stakeholder.
	 */
	@PostMapping("/relationships/{id}/stakeholders/{stakeholderId}/remove")
	ModelAndView removeStakeholder(@PathVariable long id, @PathVariable long stakeholderId,
			@RequestParam(required = false) Long version, HtmxRequest htmx, HttpServletRequest request,
			RedirectAttributes redirect) {
		StakeholderSummary stakeholder = this.relationships.stakeholder(id, stakeholderId);
		try {
			this.relationships.removeStakeholder(id, stakeholderId, version);
			redirect.addFlashAttribute("stakeholderRemoved", stakeholder.name());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("stakeholderStale", true);
		}
		catch (StateConflictException ex) {
			redirect.addFlashAttribute("stakeholderRefused", FormErrors.text(request, ex));
		}
		return redirect(htmx, id, Section.STAKEHOLDERS);
	}

	/**
	 * How the stakeholder form names the IT contact: by employee id, or email where the
	 * contact has none.
	 */
	private String contactRef(StakeholderSummary stakeholder) {
		if (stakeholder.itContactId() == null) {
			return null;
		}
		PersonSummary contact = this.directory.person(stakeholder.itContactId());
		return contact.reference();
	}

	/**
	 * Validates a draft made from a form into the form's errors, where binding found
	 * none: the form's fields are named as the draft's.
	 */
	private void validate(Object draft, BindingResult result) {
		if (!result.hasErrors()) {
			this.validator.validate(draft, result);
		}
	}

	/**
	 * After a change: the relationship's page, through htmx's own redirect when htmx
	 * posted the form.
	 */
	private static ModelAndView redirect(HtmxRequest htmx, long id) {
		return redirect(htmx, id, Section.OVERVIEW);
	}

	private static ModelAndView redirect(HtmxRequest htmx, long id, Section section) {
		String path = section.path(id);
		return htmx.isHtmxRequest() ? new ModelAndView(new HtmxRedirectView(path, true))
				: new ModelAndView("redirect:" + path);
	}

	/**
	 * A form refused: the page again, or for htmx only the form, with what was typed and
	 * the errors beside their fields.
	 */
	private ModelAndView again(long id, Model model, HtmxRequest htmx, String fragment) {
		model.addAttribute("openPanel", fragment);
		String page = relationship(id, SECTIONS.get(fragment), model);
		return new ModelAndView(htmx.isHtmxRequest() ? page + " :: " + fragment : page);
	}

	private long person(String field, String reference) {
		return this.directory.personByReference(field, reference);
	}

	/**
	 * Places stakeholders on the influence/interest grid, spreading those who share a
	 * cell.
	 */
	static List<GridDot> grid(List<StakeholderSummary> stakeholders) {
		Map<String, Integer> taken = new HashMap<>();
		List<GridDot> dots = new ArrayList<>();
		for (StakeholderSummary stakeholder : stakeholders) {
			int index = taken.merge(stakeholder.influence() + ":" + stakeholder.interest(), 1, Integer::sum) - 1;
			double x = 40 + (stakeholder.interest() - 0.5) * 64 + SPREAD[index % 9][0];
			double y = 340 - (stakeholder.influence() - 0.5) * 64 + SPREAD[index % 9][1];
			dots.add(new GridDot(stakeholder.name(), stakeholder.stance(), Math.round(x), Math.round(y)));
		}
		return dots;
	}

	/**
	 * A stakeholder's dot on the grid.
	 *
	 * @param name the stakeholder's name
	 * @param stance the stakeholder's stance, which gives the dot its colour
	 * @param x the horizontal position
	 * @param y the vertical position
	 */
	public record GridDot(String name, Stance stance, long x, long y) {
	}

}
