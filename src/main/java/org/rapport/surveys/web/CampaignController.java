package org.rapport.surveys.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import org.rapport.notifications.NotificationManagement;
import org.rapport.relationships.RelationshipFilter;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.RoleGroups;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;
import org.rapport.surveys.CampaignState;
import org.rapport.surveys.CampaignSummary;
import org.rapport.surveys.DisclosureRefusedException;
import org.rapport.surveys.Channel;
import org.rapport.surveys.Reach;
import org.rapport.surveys.ResponseImport;
import org.rapport.surveys.SurveyManagement;
import org.rapport.surveys.SurveyResults;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

	private static final List<String> GROUPINGS = List.of("relationship", "unit", "owner", "itGroup", "none");

	private static final List<String> RECORDED_GROUPINGS = List.of("relationship", "unit", "segment", "owner",
			"itGroup", "none");

	/** How many rejected rows of an import the page lists. */
	private static final int REJECTIONS_SHOWN = 50;

	/** How many relationships the form offers to choose from. */
	private static final int CHOICES = 200;

	private final SurveyManagement surveys;

	private final RelationshipManagement relationships;

	private final NotificationManagement notifications;

	private final RoleGroups roleGroups;

	private final MessageSource messages;

	private final Clock clock;

	CampaignController(SurveyManagement surveys, RelationshipManagement relationships,
			NotificationManagement notifications, RoleGroups roleGroups, MessageSource messages, Clock clock) {
		this.roleGroups = roleGroups;
		this.messages = messages;
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
		model.addAttribute("reaches", Reach.values());
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
		String by = grouping(campaign, groupBy);
		model.addAttribute("groupBy", by);
		model.addAttribute("groupings", groupings(campaign));
		if (campaign.state() == CampaignState.DRAFT && this.roleGroups.steersPortfolio()) {
			if (!model.containsAttribute("importForm")) {
				ImportForm form = new ImportForm();
				form.setVersion(campaign.version());
				model.addAttribute("importForm", form);
			}
			model.addAttribute("importTargets", this.surveys.importTargets(id));
		}
		if (campaign.state() != CampaignState.DRAFT) {
			try {
				model.addAttribute("results", this.surveys.results(id, by, null));
				this.surveys.mirror(id).ifPresent((mirror) -> model.addAttribute("mirror", mirror));
			}
			catch (DisclosureRefusedException ex) {
				model.addAttribute("resultsRefused", FormErrors.text(request, ex));
			}
		}
		return "surveys/campaign";
	}

	/**
	 * The results as the page shows them, grouped the same way, as a CSV file: counts
	 * everywhere, figures and comments only where the anonymity rules let the page show
	 * them. Reading them is remembered like the page's, and refused where the page is.
	 */
	@GetMapping("/surveys/{id}/results.csv")
	void resultsCsv(@PathVariable long id, @RequestParam(required = false) String groupBy,
			@RequestParam(required = false) String filter, HttpServletResponse response, Locale locale)
			throws IOException {
		CampaignSummary campaign = this.surveys.campaign(id);
		// Read before the file starts, so that a refusal is an error page, not a broken
		// file.
		SurveyResults results = this.surveys.results(id, grouping(campaign, groupBy), filter);
		ResultsCsv.write(response, this.surveys.template(campaign.templateKey()), results, this.messages, locale,
				LocalDate.now(this.clock));
	}

	private static List<String> groupings(CampaignSummary campaign) {
		// Only imported responses carry the label their file grouped them by.
		return campaign.recorded() ? RECORDED_GROUPINGS : GROUPINGS;
	}

	private static String grouping(CampaignSummary campaign, String groupBy) {
		return (groupBy != null && groupings(campaign).contains(groupBy)) ? groupBy : "relationship";
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

	@PostMapping("/surveys/{id}/imports")
	String importResponses(@PathVariable long id, @ModelAttribute("importForm") ImportForm form, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect) throws IOException {
		if (form.getFile() == null || form.getFile().isEmpty()) {
			result.rejectValue("file", "error.survey.import.file");
		}
		else {
			try {
				ResponseImport done = this.surveys.importResponses(id, form.getVersion(), form.getFile().getBytes(),
						form.getMapping(), form.getAnsweredOn());
				// Flash attributes live in the session, so only plain values.
				redirect.addFlashAttribute("imported", done.imported());
				redirect.addFlashAttribute("importRejected", done.rejected().size());
				redirect.addFlashAttribute("importRejections",
						new ArrayList<>(done.rejected()
							.stream()
							.limit(REJECTIONS_SHOWN)
							.map((rejection) -> FormErrors.text(request,
									new DefaultMessageSourceResolvable(new String[] { rejection.code() },
											rejection.messageArguments(), rejection.reason())))
							.toList()));
				return "redirect:/surveys/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
			catch (StateConflictException ex) {
				redirect.addFlashAttribute("launchRefused", FormErrors.text(request, ex));
				return "redirect:/surveys/" + id;
			}
		}
		model.addAttribute("importOpen", true);
		return campaign(id, null, request, model);
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
