package org.rapport.relationships.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitSummary;
import org.rapport.directory.UnitKind;
import org.rapport.relationships.Maturity;
import org.rapport.relationships.MaturityDetails;
import org.rapport.relationships.MaturityDraft;
import org.rapport.relationships.RelationshipDetails;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.Side;
import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.StakeholderSummary;
import org.rapport.relationships.Tier;
import org.rapport.shared.InvalidInputException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Establishing relationships and each relationship's page: owner, tier, stakeholders with
 * the influence/interest grid, and maturity from both sides over time.
 */
@Controller
class RelationshipsController {

	/** Where the first nine stakeholders of one grid cell sit around its centre. */
	private static final int[][] SPREAD = { { 0, 0 }, { 14, 0 }, { -14, 0 }, { 0, 14 }, { 0, -14 }, { 14, 14 },
			{ -14, -14 }, { 14, -14 }, { -14, 14 } };

	private final RelationshipManagement relationships;

	private final DirectoryManagement directory;

	private final Clock clock;

	RelationshipsController(RelationshipManagement relationships, DirectoryManagement directory, Clock clock) {
		this.relationships = relationships;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/relationships/new")
	String newRelationship(Model model) {
		return form(null, null, null, Tier.CORE, model);
	}

	@PostMapping("/relationships/new")
	String establish(@RequestParam(required = false) Long itGroupId, @RequestParam(required = false) Long counterpartId,
			@RequestParam(required = false) String ownerRef, @RequestParam(required = false) Tier tier, Model model,
			RedirectAttributes redirect) {
		try {
			RelationshipSummary relationship = this.relationships.establish(
					new RelationshipDraft(required("itGroupId", itGroupId), required("counterpartId", counterpartId),
							person("ownerId", ownerRef), (tier != null) ? tier : Tier.CORE, null));
			redirect.addFlashAttribute("saved", relationship.itGroupName() + " – " + relationship.counterpartName());
			return "redirect:/relationships/" + relationship.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex);
			return form(itGroupId, counterpartId, ownerRef, tier, model);
		}
	}

	private String form(Long itGroupId, Long counterpartId, String ownerRef, Tier tier, Model model) {
		List<OrgUnitSummary> units = this.directory.allUnits();
		model.addAttribute("itGroups", units.stream().filter((unit) -> unit.kind() == UnitKind.IT_GROUP).toList());
		model.addAttribute("units", units);
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("itGroupId", itGroupId);
		model.addAttribute("counterpartId", counterpartId);
		model.addAttribute("ownerRef", ownerRef);
		model.addAttribute("tier", tier);
		return "relationships/relationship-form";
	}

	@GetMapping("/relationships/{id}")
	String relationship(@PathVariable long id, Model model) {
		RelationshipDetails details = this.relationships.details(id);
		model.addAttribute("details", details);
		model.addAttribute("relationship", details.relationship());
		model.addAttribute("grid", grid(details.stakeholders()));
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("stances", Stance.values());
		MaturityDetails maturity = this.relationships.maturity(id);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("maturity", maturity);
		model.addAttribute("maturityChart", MaturityChart.of(maturity.history(), today));
		model.addAttribute("maturities", Maturity.values());
		model.addAttribute("sides", Side.values());
		model.addAttribute("today", today);
		return "relationships/relationship";
	}

	@PostMapping("/relationships/{id}/maturity")
	String assessMaturity(@PathVariable long id, @RequestParam(required = false) Side side,
			@RequestParam(required = false) Integer level, @RequestParam(required = false) LocalDate assessedOn,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		try {
			this.relationships.assessMaturity(id, new MaturityDraft(side, level, assessedOn, note));
			redirect.addFlashAttribute("assessed", side);
			return "redirect:/relationships/" + id + "#maturity";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("maturityError", ex);
			model.addAttribute("draftSide", side);
			model.addAttribute("draftLevel", level);
			model.addAttribute("draftAssessedOn", assessedOn);
			model.addAttribute("draftNote", note);
			return relationship(id, model);
		}
	}

	@PostMapping("/relationships/{id}/owner")
	String reassign(@PathVariable long id, @RequestParam(required = false) String ownerRef,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		RelationshipSummary current = this.relationships.relationship(id);
		model.addAttribute("draftOwnerRef", ownerRef);
		return changeOrShowError(id, model, redirect, "ownerError",
				() -> this.relationships.change(id, new RelationshipDraft(current.itGroupId(), current.counterpartId(),
						person("ownerId", ownerRef), current.tier(), current.participantIds(), version)));
	}

	@PostMapping("/relationships/{id}/tier")
	String changeTier(@PathVariable long id, @RequestParam(required = false) Tier tier,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		RelationshipSummary current = this.relationships.relationship(id);
		model.addAttribute("draftTier", tier);
		return changeOrShowError(id, model, redirect, "tierError",
				() -> this.relationships.change(id, new RelationshipDraft(current.itGroupId(), current.counterpartId(),
						current.ownerId(), required("tier", tier), current.participantIds(), version)));
	}

	@PostMapping("/relationships/{id}/stakeholders")
	String addStakeholder(@PathVariable long id, @RequestParam(required = false) String personRef,
			@RequestParam(required = false) String name, @RequestParam(required = false) String email,
			@RequestParam(required = false) String role, @RequestParam(required = false) Integer influence,
			@RequestParam(required = false) Integer interest, @RequestParam(required = false) Stance stance,
			@RequestParam(required = false) String contactRef, Model model, RedirectAttributes redirect) {
		return changeOrShowError(id, model, redirect, "stakeholderError", () -> {
			Long personId = (personRef != null && !personRef.isBlank()) ? person("personId", personRef) : null;
			Long contactId = (contactRef != null && !contactRef.isBlank()) ? person("itContactId", contactRef) : null;
			return this.relationships.addStakeholder(id,
					new StakeholderDraft(personId, name, email, role, influence, interest, stance, contactId));
		});
	}

	private String changeOrShowError(long id, Model model, RedirectAttributes redirect, String errorName,
			Supplier<?> change) {
		try {
			change.get();
			redirect.addFlashAttribute("changed", true);
			return "redirect:/relationships/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute(errorName, ex);
			return relationship(id, model);
		}
		catch (OptimisticLockingFailureException ex) {
			// The page shows the relationship as it is now, and the form what was typed.
			model.addAttribute("stale", errorName);
			return relationship(id, model);
		}
	}

	private long person(String field, String reference) {
		return this.directory.personByReference(field, reference);
	}

	private static <T> T required(String field, T value) {
		if (value == null) {
			throw new InvalidInputException(field, "error.relationship.choose");
		}
		return value;
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
