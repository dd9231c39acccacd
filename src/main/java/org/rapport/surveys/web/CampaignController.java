package org.rapport.surveys.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import org.rapport.notifications.NotificationManagement;
import org.rapport.relationships.RelationshipFilter;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;
import org.rapport.surveys.CampaignState;
import org.rapport.surveys.CampaignSummary;
import org.rapport.surveys.DisclosureRefusedException;
import org.rapport.surveys.Channel;
import org.rapport.surveys.SurveyManagement;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The campaigns' pages: the list, preparing a campaign from a template, and a campaign
 * with its counts and its launch.
 */
@Controller
class CampaignController {

	/** The template whose waves the campaigns' page charts. */
	private static final String PULSE = "relationship-pulse";

	private static final List<String> GROUPINGS = List.of("relationship", "unit", "none");

	/** How many relationships the form offers to choose from. */
	private static final int CHOICES = 200;

	private final SurveyManagement surveys;

	private final RelationshipManagement relationships;

	private final NotificationManagement notifications;

	private final Clock clock;

	CampaignController(SurveyManagement surveys, RelationshipManagement relationships,
			NotificationManagement notifications, Clock clock) {
		this.notifications = notifications;
		this.surveys = surveys;
		this.relationships = relationships;
		this.clock = clock;
	}

	@GetMapping("/surveys")
	String campaigns(@RequestParam(required = false) String after, Model model) {
		model.addAttribute("page", this.surveys.campaigns(after, 50));
		model.addAttribute("firstPage", after == null || after.isBlank());
		model.addAttribute("templates", this.surveys.templates());
		model.addAttribute("waves", WaveChart.of(this.surveys.waves(PULSE)));
		return "surveys/campaigns";
	}

	@GetMapping("/surveys/new")
	String newCampaign(@RequestParam(required = false) String template, Model model) {
		CampaignForm form = new CampaignForm();
		if (template != null) {
			form.setTemplateKey(template);
		}
		form.setClosesOn(LocalDate.now(this.clock).plusDays(14));
		model.addAttribute("campaignForm", form);
		return form(model);
	}

	@PostMapping("/surveys/new")
	ModelAndView create(@ModelAttribute("campaignForm") CampaignForm form, BindingResult result, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		try {
			CampaignSummary campaign = this.surveys.create(form.toDraft());
			redirect.addFlashAttribute("prepared", campaign.name());
			String path = "/surveys/" + campaign.id();
			return htmx.isHtmxRequest() ? new ModelAndView(new HtmxRedirectView(path, true))
					: new ModelAndView("redirect:" + path);
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of());
		}
		String page = form(model);
		return new ModelAndView(htmx.isHtmxRequest() ? page + " :: campaign-form" : page);
	}

	private String form(Model model) {
		model.addAttribute("templates", this.surveys.templates());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("choices",
				this.relationships.relationships(RelationshipFilter.none(), null, CHOICES).items());
		return "surveys/campaign-form";
	}

	@GetMapping("/surveys/{id}")
	String campaign(@PathVariable long id, @RequestParam(required = false) String groupBy, HttpServletRequest request,
			Model model) {
		CampaignSummary campaign = this.surveys.campaign(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("template", this.surveys.template(campaign.templateKey()));
		model.addAttribute("waves", WaveChart.of(this.surveys.waves(campaign.templateKey())));
		model.addAttribute("emails", this.notifications.progress(SurveyManagement.wave(id)));
		model.addAttribute("sending", this.notifications.sending());
		String by = (groupBy != null && GROUPINGS.contains(groupBy)) ? groupBy : "relationship";
		model.addAttribute("groupBy", by);
		model.addAttribute("groupings", GROUPINGS);
		if (campaign.state() != CampaignState.DRAFT) {
			try {
				model.addAttribute("results", this.surveys.results(id, by, null));
			}
			catch (DisclosureRefusedException ex) {
				model.addAttribute("resultsRefused", FormErrors.text(request, ex));
			}
		}
		return "surveys/campaign";
	}

	@PostMapping("/surveys/{id}/launch")
	String launch(@PathVariable long id, @RequestParam(required = false) Long version, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			SurveyManagement.Launch launch = this.surveys.launch(id, version);
			// Flash attributes live in the session, so only plain values.
			redirect.addFlashAttribute("launched", launch.invited());
			redirect.addFlashAttribute("withoutEmail", String.join(", ", launch.withoutEmail()));
			redirect.addFlashAttribute("withoutEmailCount", launch.withoutEmail().size());
		}
		catch (StateConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("launchRefused", FormErrors.text(request, ex));
		}
		return "redirect:/surveys/" + id;
	}

	@PostMapping("/surveys/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) Long version, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			this.surveys.close(id, version);
			redirect.addFlashAttribute("closed", true);
		}
		catch (StateConflictException ex) {
			redirect.addFlashAttribute("launchRefused", FormErrors.text(request, ex));
		}
		return "redirect:/surveys/" + id;
	}

}
