package org.rapport.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.accounts.RapportUser;
import org.rapport.development.Competencies;
import org.rapport.development.CompetencySummary;
import org.rapport.development.Mentoring;
import org.rapport.development.MentoringProposal;
import org.rapport.development.MentorshipSummary;
import org.rapport.development.ProgrammeState;
import org.rapport.development.ProgrammeSummary;
import org.rapport.development.SignUpSummary;
import org.rapport.directory.DirectoryManagement;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.RoleGroups;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;

import org.springframework.context.MessageSource;
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
 * Mentoring on pages: the programmes with the caller's sign-ups and pairs; a programme's
 * sign-up forms and, for those who steer the portfolio, its matching, proposal and
 * publication; and a pair's page, where its mentor and mentee log sessions and close it.
 * A refused form keeps what was typed, with the error beside its field.
 */
@Controller
class MentoringController {

	private final Mentoring mentoring;

	private final Competencies competencies;

	private final DirectoryManagement directory;

	private final RoleGroups roleGroups;

	private final MessageSource messages;

	private final Clock clock;

	MentoringController(Mentoring mentoring, Competencies competencies, DirectoryManagement directory,
			RoleGroups roleGroups, MessageSource messages, Clock clock) {
		this.mentoring = mentoring;
		this.competencies = competencies;
		this.directory = directory;
		this.roleGroups = roleGroups;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/development/mentoring")
	String overview(Model model) {
		model.addAttribute("programmes", this.mentoring.programmes(null, 200).items());
		model.addAttribute("signUps", this.mentoring.mySignUps());
		model.addAttribute("pairs", this.mentoring.myPairs());
		model.addAttribute("names", names());
		model.addAttribute("me", RapportUser.currentPersonId());
		if (!model.containsAttribute("programmeForm")) {
			model.addAttribute("programmeForm", new ProgrammeForm());
		}
		return "development/mentoring";
	}

	@PostMapping("/development/mentoring/programmes")
	String create(@ModelAttribute("programmeForm") ProgrammeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			ProgrammeSummary created = this.mentoring.create(form.draft());
			redirect.addFlashAttribute("created", created.name());
			return "redirect:/development/mentoring/programmes/" + created.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of());
			model.addAttribute("creating", true);
			return overview(model);
		}
	}

	@GetMapping("/development/mentoring/programmes/{id}")
	String programme(@PathVariable long id, Model model) {
		ProgrammeSummary programme = this.mentoring.programme(id);
		model.addAttribute("programme", programme);
		model.addAttribute("names", names());
		model.addAttribute("framework",
				this.competencies.framework().stream().filter(CompetencySummary::active).toList());
		List<SignUpSummary> mine = this.mentoring.mySignUps()
			.stream()
			.filter((signUp) -> signUp.programmeId() == id)
			.toList();
		model.addAttribute("mine", mine);
		Long me = RapportUser.currentPersonId();
		model.addAttribute("inIt", me != null && this.directory.person(me).inIt());
		if (!model.containsAttribute("mentorForm")) {
			model.addAttribute("mentorForm", new MentorForm());
		}
		if (!model.containsAttribute("menteeForm")) {
			model.addAttribute("menteeForm", new MenteeForm());
		}
		if (this.roleGroups.steersPortfolio() && programme.state() != ProgrammeState.OPEN) {
			MentoringProposal proposal = this.mentoring.proposal(id);
			model.addAttribute("proposal", proposal);
			model.addAttribute("mentors", this.mentoring.mentors(id));
			if (!model.containsAttribute("pairForm")) {
				PairForm pairForm = new PairForm();
				pairForm.setVersion(proposal.version());
				model.addAttribute("pairForm", pairForm);
			}
		}
		return "development/programme";
	}

	@PostMapping("/development/mentoring/programmes/{id}/mentors")
	String signUpAsMentor(@PathVariable long id, @ModelAttribute("mentorForm") MentorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			this.mentoring.signUpAsMentor(id, form.draft());
			redirect.addFlashAttribute("signedUp", "MENTOR");
			return "redirect:/development/mentoring/programmes/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of());
		}
		catch (StateConflictException ex) {
			result.reject(ex.getCode(), ex.getArguments(), null);
		}
		return programme(id, model);
	}

	@PostMapping("/development/mentoring/programmes/{id}/mentees")
	String signUpAsMentee(@PathVariable long id, @ModelAttribute("menteeForm") MenteeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			List<Long> preferred = this.directory.peopleByReferences("preferredMentorIds", form.getPreferredRefs());
			List<Long> avoided = this.directory.peopleByReferences("avoidedMentorIds", form.getAvoidedRefs());
			this.mentoring.signUpAsMentee(id, form.draft(preferred, avoided));
			redirect.addFlashAttribute("signedUp", "MENTEE");
			return "redirect:/development/mentoring/programmes/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, MenteeForm.FIELDS);
		}
		catch (StateConflictException ex) {
			result.reject(ex.getCode(), ex.getArguments(), null);
		}
		return programme(id, model);
	}

	@PostMapping("/development/mentoring/programmes/{id}/matching")
	String match(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
		try {
			MentoringProposal proposal = this.mentoring.match(id);
			redirect.addFlashAttribute("matched", proposal.matched());
		}
		catch (StateConflictException ex) {
			redirect.addFlashAttribute("programmeError", this.messages.getMessage(ex, locale));
		}
		return "redirect:/development/mentoring/programmes/" + id + "#proposal";
	}

	@PostMapping("/development/mentoring/programmes/{id}/pairs")
	String changePair(@PathVariable long id, @ModelAttribute("pairForm") PairForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			this.mentoring.changePair(id, form.change());
			redirect.addFlashAttribute("paired", (form.getMentorId() != null) ? 1 : 0);
			return "redirect:/development/mentoring/programmes/" + id + "#proposal";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of());
		}
		catch (StateConflictException ex) {
			result.reject(ex.getCode(), ex.getArguments(), null);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("development.mentoring.stale");
			form.setVersion(this.mentoring.programme(id).version());
		}
		return programme(id, model);
	}

	@PostMapping("/development/mentoring/programmes/{id}/publication")
	String publish(@PathVariable long id, @RequestParam(required = false) Long version, Locale locale,
			RedirectAttributes redirect) {
		try {
			ProgrammeSummary published = this.mentoring.publish(id, version);
			redirect.addFlashAttribute("published", published.pairs());
		}
		catch (StateConflictException ex) {
			redirect.addFlashAttribute("programmeError", this.messages.getMessage(ex, locale));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("programmeError",
					this.messages.getMessage("development.mentoring.stale", null, locale));
		}
		return "redirect:/development/mentoring/programmes/" + id;
	}

	@GetMapping("/development/mentoring/pairs/{id}")
	String pair(@PathVariable long id, Model model) {
		MentorshipSummary pair = this.mentoring.pair(id);
		model.addAttribute("pair", pair);
		model.addAttribute("names", names());
		model.addAttribute("mentoring", RapportUser.currentPersonId() == pair.mentorId());
		model.addAttribute("today", LocalDate.now(this.clock));
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", SessionForm.heldOn(LocalDate.now(this.clock)));
		}
		if (!model.containsAttribute("closureForm")) {
			ClosureForm closureForm = new ClosureForm();
			closureForm.setVersion(pair.version());
			model.addAttribute("closureForm", closureForm);
		}
		return "development/pair";
	}

	@PostMapping("/development/mentoring/pairs/{id}/sessions")
	String logSession(@PathVariable long id, @ModelAttribute("sessionForm") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (SessionForm.logged(result, () -> this.mentoring.logSession(id, form.draft()))) {
			redirect.addFlashAttribute("logged", true);
			return "redirect:/development/mentoring/pairs/" + id;
		}
		return pair(id, model);
	}

	@PostMapping("/development/mentoring/pairs/{id}/closure")
	String closePair(@PathVariable long id, @ModelAttribute("closureForm") ClosureForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			this.mentoring.closePair(id, form.closure());
			redirect.addFlashAttribute("closed", true);
			return "redirect:/development/mentoring/pairs/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of());
		}
		catch (StateConflictException ex) {
			result.reject(ex.getCode(), ex.getArguments(), null);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("development.mentoring.stale");
			form.setVersion(this.mentoring.pair(id).version());
		}
		model.addAttribute("closing", true);
		return pair(id, model);
	}

	/** The framework's competencies by key, retired ones too, for what names them. */
	private Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		this.competencies.framework().forEach((competency) -> names.put(competency.key(), competency.name()));
		return names;
	}

}
