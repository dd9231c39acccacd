package org.rapport.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.rapport.development.Competencies;
import org.rapport.development.CompetencySummary;
import org.rapport.development.DevelopmentPlanDetails;
import org.rapport.development.DevelopmentPlanDetails.Goal;
import org.rapport.development.DevelopmentPlans;
import org.rapport.development.GoalDraft;
import org.rapport.development.GoalState;
import org.rapport.development.PlanActionKind;
import org.rapport.development.TrainingSummary;
import org.rapport.development.Trainings;
import org.rapport.shared.InvalidInputException;
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
 * The development plan's pages: the person's own plan, with goals as cards showing their
 * progress, a checklist of actions, a check-in form and forms to add goals and actions;
 * and, read-only, the plan of someone the reader manages. A refused form keeps what was
 * typed, with the error beside its field.
 */
@Controller
class DevelopmentPlanController {

	private final DevelopmentPlans plans;

	private final Competencies competencies;

	private final Trainings trainings;

	private final MessageSource messages;

	private final Clock clock;

	DevelopmentPlanController(DevelopmentPlans plans, Competencies competencies, Trainings trainings,
			MessageSource messages, Clock clock) {
		this.plans = plans;
		this.competencies = competencies;
		this.trainings = trainings;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/development/plan")
	String mine(@RequestParam(required = false) String competency, Model model) {
		Optional<DevelopmentPlanDetails> plan = this.plans.mine();
		List<CompetencySummary> framework = this.competencies.framework();
		model.addAttribute("plan", plan.orElse(null));
		model.addAttribute("goals", plan.map(DevelopmentPlanDetails::goals).orElse(List.of()));
		model.addAttribute("framework", framework.stream().filter(CompetencySummary::active).toList());
		model.addAttribute("suggestions", this.plans.suggestedGoals());
		model.addAttribute("kinds", PlanActionKind.values());
		model.addAttribute("courses", courses(plan));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("reports", this.plans.visible().stream().filter((p) -> !p.mine()).toList());
		if (!model.containsAttribute("goalForm")) {
			GoalForm form = new GoalForm();
			form.setCompetency(framework.stream().anyMatch((c) -> c.key().equals(competency)) ? competency : null);
			model.addAttribute("goalForm", form);
		}
		if (!model.containsAttribute("planActionForm")) {
			model.addAttribute("planActionForm", new PlanActionForm());
		}
		if (!model.containsAttribute("checkInForm")) {
			model.addAttribute("checkInForm", new CheckInForm());
		}
		return "development/plan";
	}

	@PostMapping("/development/plan/goals")
	String addGoal(@ModelAttribute("goalForm") GoalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Goal goal = this.plans.addGoal(form.draft());
				redirect.addFlashAttribute("goalAdded", goal.competencyName());
				return "redirect:/development/plan#goal-" + goal.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
			catch (StateConflictException ex) {
				result.reject(ex.getCode(), ex.getArguments(), null);
			}
		}
		model.addAttribute("addingGoal", true);
		return mine(null, model);
	}

	@PostMapping("/development/plan/goals/{goalId}/state")
	String changeState(@PathVariable long goalId, @RequestParam(required = false) GoalState state,
			@RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
		Goal goal = this.plans.mine()
			.flatMap((plan) -> plan.goals().stream().filter((g) -> g.id() == goalId).findFirst())
			.orElseThrow(() -> new org.rapport.shared.NotFoundException("Goal", goalId));
		try {
			this.plans.changeGoal(goalId, new GoalDraft(goal.competency(), goal.targetLevel(), goal.why(), goal.dueOn(),
					(state != null) ? state : GoalState.OPEN), version);
			redirect.addFlashAttribute("goalState", (state != null) ? state.name() : GoalState.OPEN.name());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("refused", this.messages.getMessage("error.stale", null, locale));
		}
		catch (InvalidInputException | StateConflictException ex) {
			redirect.addFlashAttribute("refused", this.messages.getMessage(ex, locale));
		}
		return "redirect:/development/plan#goal-" + goalId;
	}

	@PostMapping("/development/plan/goals/{goalId}/actions")
	String addAction(@PathVariable long goalId, @ModelAttribute("planActionForm") PlanActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.plans.addAction(goalId, form.draft());
				redirect.addFlashAttribute("actionAdded", true);
				return "redirect:/development/plan#goal-" + goalId;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
			catch (StateConflictException ex) {
				result.reject(ex.getCode(), ex.getArguments(), null);
			}
		}
		model.addAttribute("actionFor", goalId);
		return mine(null, model);
	}

	@PostMapping("/development/plan/goals/{goalId}/actions/{actionId}")
	String markAction(@PathVariable long goalId, @PathVariable long actionId,
			@RequestParam(defaultValue = "false") boolean done) {
		this.plans.markAction(goalId, actionId, done);
		return "redirect:/development/plan#goal-" + goalId;
	}

	@PostMapping("/development/plan/goals/{goalId}/check-ins")
	String checkIn(@PathVariable long goalId, @ModelAttribute("checkInForm") CheckInForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.plans.checkIn(goalId, form.draft());
				redirect.addFlashAttribute("checkedIn", form.getProgress());
				return "redirect:/development/plan#goal-" + goalId;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
			catch (StateConflictException ex) {
				result.reject(ex.getCode(), ex.getArguments(), null);
			}
		}
		model.addAttribute("checkInFor", goalId);
		return mine(null, model);
	}

	@GetMapping("/development/plans/{personId}")
	String planOf(@PathVariable long personId, Model model) {
		Optional<DevelopmentPlanDetails> plan = this.plans.planOf(personId);
		model.addAttribute("plan", plan.orElse(null));
		model.addAttribute("goals", plan.map(DevelopmentPlanDetails::goals).orElse(List.of()));
		model.addAttribute("trainings", this.trainings.trainingsOf(personId));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "development/report-plan";
	}

	/** The courses on offer for each open goal's competency, for its training action. */
	private Map<String, List<TrainingSummary>> courses(Optional<DevelopmentPlanDetails> plan) {
		Map<String, List<TrainingSummary>> courses = new LinkedHashMap<>();
		plan.ifPresent((p) -> p.goals()
			.stream()
			.filter((g) -> g.state() == GoalState.OPEN)
			.forEach((g) -> courses.computeIfAbsent(g.competency(), this.trainings::forCompetency)));
		return courses;
	}

}
