package org.rapport.development.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.accounts.RapportUser;
import org.rapport.development.Attendance;
import org.rapport.development.Competencies;
import org.rapport.development.CompetencySummary;
import org.rapport.development.EnrolmentSummary;
import org.rapport.development.TrainingFormat;
import org.rapport.development.TrainingSessionSummary;
import org.rapport.development.TrainingSummary;
import org.rapport.development.Trainings;
import org.rapport.directory.DirectoryManagement;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.RoleGroups;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The training catalogue's pages: the courses with their next sessions and seats, a
 * course with its schedule where people in IT enrol, join a waiting list or cancel, rate
 * what they attended, and where those who steer the portfolio add courses and sessions
 * and mark who came. A refused form keeps what was typed, with the error beside its
 * field.
 */
@Controller
class TrainingController {

	private final Trainings trainings;

	private final Competencies competencies;

	private final DirectoryManagement directory;

	private final RoleGroups roleGroups;

	private final MessageSource messages;

	private final Clock clock;

	TrainingController(Trainings trainings, Competencies competencies, DirectoryManagement directory,
			RoleGroups roleGroups, MessageSource messages, Clock clock) {
		this.trainings = trainings;
		this.competencies = competencies;
		this.directory = directory;
		this.roleGroups = roleGroups;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/development/trainings")
	String catalogue(@RequestParam(required = false) String competency, Model model) {
		List<CompetencySummary> framework = this.competencies.framework();
		String chosen = framework.stream()
			.filter((c) -> c.key().equals(competency))
			.map(CompetencySummary::key)
			.findFirst()
			.orElse(null);
		model.addAttribute("competency", chosen);
		model.addAttribute("courses", this.trainings.catalogue(chosen));
		model.addAttribute("framework", framework);
		model.addAttribute("names", names(framework));
		model.addAttribute("mine", this.trainings.mine());
		model.addAttribute("formats", TrainingFormat.values());
		if (!model.containsAttribute("trainingForm")) {
			model.addAttribute("trainingForm", new TrainingForm());
		}
		return "development/trainings";
	}

	@PostMapping("/development/trainings")
	String add(@ModelAttribute("trainingForm") TrainingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			TrainingSummary added = this.trainings.add(form.draft());
			redirect.addFlashAttribute("added", added.title());
			return "redirect:/development/trainings/" + added.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, TrainingForm.FIELDS);
			model.addAttribute("adding", true);
			return catalogue(null, model);
		}
	}

	@GetMapping("/development/trainings/{id}")
	String training(@PathVariable long id, @AuthenticationPrincipal RapportUser user, Model model) {
		TrainingSummary training = this.trainings.training(id);
		LocalDateTime now = LocalDateTime.now(this.clock);
		List<CompetencySummary> framework = this.competencies.framework();
		model.addAttribute("training", training);
		model.addAttribute("names", names(framework));
		model.addAttribute("upcoming", training.sessions().stream().filter((s) -> !s.started()).toList());
		List<TrainingSessionSummary> past = new java.util.ArrayList<>(
				training.sessions().stream().filter(TrainingSessionSummary::started).toList());
		java.util.Collections.reverse(past);
		model.addAttribute("past", past);
		model.addAttribute("now", now);
		model.addAttribute("canEnrol", training.active() && user != null && user.getPersonId() != null
				&& this.directory.person(user.getPersonId()).inIt());
		model.addAttribute("roster",
				this.roleGroups.steersPortfolio() ? this.trainings.enrolmentsBySession(id) : Map.of());
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", new TrainingSessionForm());
		}
		if (!model.containsAttribute("feedbackForm")) {
			model.addAttribute("feedbackForm", new TrainingFeedbackForm());
		}
		return "development/training";
	}

	@PostMapping("/development/trainings/{id}/active")
	String activate(@PathVariable long id, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes redirect) {
		TrainingSummary training = this.trainings.activate(id, active);
		redirect.addFlashAttribute(active ? "restored" : "retired", training.title());
		return "redirect:/development/trainings/" + id;
	}

	@PostMapping("/development/trainings/{id}/sessions")
	String schedule(@PathVariable long id, @ModelAttribute("sessionForm") TrainingSessionForm form,
			BindingResult result, @AuthenticationPrincipal RapportUser user, Model model, RedirectAttributes redirect) {
		try {
			TrainingSessionSummary scheduled = this.trainings.schedule(id, form.draft());
			redirect.addFlashAttribute("scheduled", scheduled.startsAt());
			return "redirect:/development/trainings/" + id + "#session-" + scheduled.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of());
		}
		catch (StateConflictException ex) {
			result.reject(ex.getCode(), ex.getArguments(), null);
		}
		model.addAttribute("scheduling", true);
		return training(id, user, model);
	}

	@PostMapping("/development/trainings/{id}/enrolments")
	String enrol(@PathVariable long id, @RequestParam(required = false) Long sessionId, Locale locale,
			RedirectAttributes redirect) {
		try {
			EnrolmentSummary enrolment = this.trainings.enrol(id, (sessionId != null) ? sessionId : -1);
			// Flash attributes outlive the request in the session store: plain values
			// only.
			redirect.addFlashAttribute((enrolment.state() == org.rapport.development.EnrolmentState.WAITING)
					? "waitingFor" : "enrolledFor", enrolment.startsAt());
			redirect.addFlashAttribute("waitingPosition", enrolment.waitingPosition());
			return "redirect:/development/trainings/" + id + "#session-" + enrolment.sessionId();
		}
		catch (InvalidInputException | StateConflictException ex) {
			redirect.addFlashAttribute("refused", this.messages.getMessage(ex, locale));
			return "redirect:/development/trainings/" + id;
		}
	}

	@PostMapping("/development/trainings/{id}/enrolments/{enrolmentId}/cancellation")
	String cancel(@PathVariable long id, @PathVariable long enrolmentId, Locale locale, RedirectAttributes redirect) {
		try {
			EnrolmentSummary cancelled = this.trainings.cancel(id, enrolmentId);
			redirect.addFlashAttribute("cancelled", cancelled.personName());
		}
		catch (StateConflictException ex) {
			redirect.addFlashAttribute("refused", this.messages.getMessage(ex, locale));
		}
		return "redirect:/development/trainings/" + id;
	}

	@PostMapping("/development/trainings/{id}/enrolments/{enrolmentId}/attendance")
	String mark(@PathVariable long id, @PathVariable long enrolmentId,
			@RequestParam(required = false) Attendance attendance, @RequestParam(required = false) Long version,
			Locale locale, RedirectAttributes redirect) {
		try {
			EnrolmentSummary marked = this.trainings.markAttendance(id, enrolmentId, attendance, version);
			redirect.addFlashAttribute("marked", marked.personName());
			redirect.addFlashAttribute("attendance", marked.attendance().name());
			return "redirect:/development/trainings/" + id + "#session-" + marked.sessionId();
		}
		catch (InvalidInputException | StateConflictException ex) {
			redirect.addFlashAttribute("refused", this.messages.getMessage(ex, locale));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("refused", this.messages.getMessage("error.stale", null, locale));
		}
		return "redirect:/development/trainings/" + id;
	}

	@PostMapping("/development/trainings/{id}/enrolments/{enrolmentId}/feedback")
	String feedback(@PathVariable long id, @PathVariable long enrolmentId,
			@ModelAttribute("feedbackForm") TrainingFeedbackForm form, BindingResult result,
			@AuthenticationPrincipal RapportUser user, Locale locale, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.trainings.giveFeedback(id, enrolmentId, form.draft());
				redirect.addFlashAttribute("rated", true);
				return "redirect:/development/trainings/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
			catch (StateConflictException ex) {
				result.reject(ex.getCode(), ex.getArguments(), null);
			}
		}
		model.addAttribute("feedbackFor", enrolmentId);
		return training(id, user, model);
	}

	private static Map<String, String> names(List<CompetencySummary> framework) {
		Map<String, String> names = new LinkedHashMap<>();
		framework.forEach((c) -> names.put(c.key(), c.name()));
		return names;
	}

}
