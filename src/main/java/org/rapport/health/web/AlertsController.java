package org.rapport.health.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.rapport.directory.DirectoryManagement;
import org.rapport.health.Alert;
import org.rapport.health.AlertFilter;
import org.rapport.health.AlertType;
import org.rapport.health.Band;
import org.rapport.health.HealthManagement;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The alerts page: the caller's alerts grouped by type, filtered by type, state, health
 * band, assignee and the relationship's name, and the forms that acknowledge, snooze and
 * assign each one. The forms post without JavaScript and through htmx alike; htmx gets
 * the list back in place.
 */
@Controller
class AlertsController {

	/** How many alerts a page lists. */
	static final int PAGE = 50;

	private final HealthManagement health;

	private final DirectoryManagement directory;

	private final Clock clock;

	AlertsController(HealthManagement health, DirectoryManagement directory, Clock clock) {
		this.health = health;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/alerts")
	String page(AlertQuery query, Model model) {
		list(query, model);
		return "health/alerts";
	}

	@HxRequest
	@GetMapping("/alerts")
	String fragment(AlertQuery query, Model model) {
		list(query, model);
		return "health/alerts :: alert-list";
	}

	@PostMapping("/alerts/{id}/acknowledgement")
	ModelAndView acknowledge(@PathVariable long id, AlertQuery query,
			@Valid @ModelAttribute("acknowledgeForm") AcknowledgeForm form, BindingResult result, HtmxRequest htmx,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.setAlertId(id);
		return act(id, query, result, htmx, model, redirect, response, "alerts.done.acknowledged", Map.of(),
				() -> this.health.acknowledge(id, form.getNote(), null));
	}

	@PostMapping("/alerts/{id}/snooze")
	ModelAndView snooze(@PathVariable long id, AlertQuery query, @Valid @ModelAttribute("snoozeForm") SnoozeForm form,
			BindingResult result, HtmxRequest htmx, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		form.setAlertId(id);
		return act(id, query, result, htmx, model, redirect, response, "alerts.done.snoozed", Map.of(),
				() -> this.health.snooze(id, form.getUntil(), null));
	}

	@PostMapping("/alerts/{id}/assignment")
	ModelAndView assign(@PathVariable long id, AlertQuery query, @Valid @ModelAttribute("assignForm") AssignForm form,
			BindingResult result, HtmxRequest htmx, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		form.setAlertId(id);
		return act(id, query, result, htmx, model, redirect, response, "alerts.done.assigned",
				Map.of("personId", "personRef"),
				() -> this.health.assign(id, this.directory.personByReference("personId", form.getPersonRef()), null));
	}

	/**
	 * Makes a change unless the form was refused. Without htmx the page is shown again
	 * after a redirect, with the filters it was posted from; with htmx the list comes
	 * back in place, with a trigger that tells the page the alerts changed. A form the
	 * service refuses shows again beside its alert, with what was typed and the error
	 * beside its field. A change that came too late (someone acknowledged the alert
	 * first, or its condition cleared) says so above the list.
	 */
	private ModelAndView act(long id, AlertQuery query, BindingResult result, HtmxRequest htmx, Model model,
			RedirectAttributes redirect, HttpServletResponse response, String done, Map<String, String> formFields,
			Change change) {
		if (!result.hasErrors()) {
			String key = "problem";
			MessageSourceResolvable outcome = null;
			try {
				Alert alert = change.make();
				key = "done";
				outcome = new DefaultMessageSourceResolvable(new String[] { done },
						new Object[] { alert.relationshipName() }, done);
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, formFields);
			}
			catch (StateConflictException ex) {
				outcome = problem(ex.getCode(), ex.getArguments());
			}
			catch (OptimisticLockingFailureException ex) {
				outcome = problem("alerts.stale");
			}
			catch (NotFoundException ex) {
				outcome = problem("alerts.gone");
			}
			if (outcome != null) {
				if (!htmx.isHtmxRequest()) {
					redirect.addFlashAttribute(key, outcome);
					return new ModelAndView("redirect:" + path(query.firstPage()));
				}
				model.addAttribute(key, outcome);
				// Blank forms again: what was posted is done with.
				model.addAttribute("acknowledgeForm", new AcknowledgeForm());
				model.addAttribute("snoozeForm", new SnoozeForm());
				model.addAttribute("assignForm", new AssignForm());
				response.setHeader("HX-Trigger", "alertsChanged");
				list(query.firstPage(), model);
				return new ModelAndView("health/alerts :: alert-list");
			}
		}
		list(query, model);
		return new ModelAndView(htmx.isHtmxRequest() ? "health/alerts :: alert-list" : "health/alerts");
	}

	private static MessageSourceResolvable problem(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments, code);
	}

	/**
	 * The alerts page with a query, as a path to redirect to.
	 */
	static String path(AlertQuery query) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/alerts");
		if (query.relationshipId() != null) {
			uri.queryParam("relationshipId", query.relationshipId());
		}
		if (query.type() != null) {
			uri.queryParam("type", query.type());
		}
		if (!query.stateOrDefault().equals("open")) {
			uri.queryParam("state", query.stateOrDefault());
		}
		if (query.band() != null) {
			uri.queryParam("band", query.band());
		}
		if (Boolean.TRUE.equals(query.assignedToMe())) {
			uri.queryParam("assignedToMe", true);
		}
		if (query.q() != null && !query.q().isBlank()) {
			uri.queryParam("q", query.q().strip());
		}
		return uri.encode().build().toUriString();
	}

	private void list(AlertQuery query, Model model) {
		AlertFilter filter = query.filter();
		KeysetPage<Alert> page = this.health.alerts(filter, query.after(), PAGE);
		Map<AlertType, Long> counts = this.health.alertCounts(filter);
		Map<AlertType, List<Alert>> byType = new LinkedHashMap<>();
		counts.keySet().forEach((type) -> byType.put(type, new ArrayList<>()));
		page.items().forEach((alert) -> byType.get(alert.type()).add(alert));
		List<AlertGroup> groups = new ArrayList<>();
		byType.forEach((type, alerts) -> {
			if (!alerts.isEmpty()) {
				groups.add(new AlertGroup(type, counts.get(type), alerts));
			}
		});
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("query", query);
		model.addAttribute("page", page);
		model.addAttribute("groups", groups);
		model.addAttribute("counts", counts);
		model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("firstPage", query.after() == null || query.after().isBlank());
		model.addAttribute("alertTypes", AlertType.values());
		model.addAttribute("bands", Band.values());
		model.addAttribute("states", List.of("open", "acknowledged", "snoozed", "all"));
		model.addAttribute("snoozeFrom", today.plusDays(1));
		model.addAttribute("snoozeTo", today.plusDays(HealthManagement.SNOOZE_MAX_DAYS));
		if (!model.containsAttribute("acknowledgeForm")) {
			model.addAttribute("acknowledgeForm", new AcknowledgeForm());
		}
		if (!model.containsAttribute("snoozeForm")) {
			model.addAttribute("snoozeForm", new SnoozeForm());
		}
		if (!model.containsAttribute("assignForm")) {
			model.addAttribute("assignForm", new AssignForm());
		}
	}

	/**
	 * The alerts of one type on a page, with how many of that type the filter finds in
	 * all.
	 *
	 * @param type the type
	 * @param count how many alerts of the type the filter finds, on every page
	 * @param alerts those on this page
	 */
	record AlertGroup(AlertType type, long count, List<Alert> alerts) {
	}

	/**
	 * A change of an alert.
	 */
	@FunctionalInterface
	private interface Change {

		Alert make();

	}

}
