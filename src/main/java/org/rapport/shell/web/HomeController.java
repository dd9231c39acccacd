package org.rapport.shell.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.RapportUser;
import org.rapport.directory.DirectoryImports;
import org.rapport.directory.DirectoryManagement;
import org.rapport.shared.NextStep;
import org.rapport.shared.NextSteps;
import org.rapport.shared.RoleGroup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, which answers each role's first question: the CIO the portfolio's health
 * and where to intervene, the head of relationship management the owners and
 * relationships that need them, a leader their group, staff their relationships, due
 * commitments and next touchpoints, an administrator the state of imports, accounts, jobs
 * and the audit log. Below, what to do next, ticked when done.
 */
@Controller
class HomeController {

	private final DirectoryManagement directory;

	private final DirectoryImports imports;

	private final AccountManagement accounts;

	private final List<NextSteps> nextSteps;

	private final ObjectProvider<SchedulerClient> scheduler;

	HomeController(DirectoryManagement directory, DirectoryImports imports, AccountManagement accounts,
			List<NextSteps> nextSteps, ObjectProvider<SchedulerClient> scheduler) {
		this.directory = directory;
		this.imports = imports;
		this.accounts = accounts;
		this.nextSteps = nextSteps;
		this.scheduler = scheduler;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal RapportUser user, Model model) {
		if (user != null && user.getPersonId() != null) {
			model.addAttribute("me", this.directory.person(user.getPersonId()));
		}
		model.addAttribute("nextSteps",
				this.nextSteps.stream()
					.flatMap((source) -> source.forCurrentUser().stream())
					.sorted(Comparator.comparingInt(NextStep::order))
					.toList());
		if (RoleGroup.ADMINISTRATION.includes(SecurityContextHolder.getContext().getAuthentication())) {
			model.addAttribute("facts", this.directory.facts());
			model.addAttribute("imports", this.imports.recentRuns().stream().limit(3).toList());
			model.addAttribute("accountStanding", this.accounts.standing());
			model.addAttribute("audit", this.accounts.auditLog(null, null, 5).items());
			model.addAttribute("jobs", jobs());
		}
		return "home";
	}

	private List<Job> jobs() {
		SchedulerClient client = this.scheduler.getIfAvailable();
		if (client == null) {
			return List.of();
		}
		return client.getScheduledExecutions(ScheduledExecutionsFilter.all())
			.stream()
			.map(Job::of)
			.sorted(Comparator.comparing(Job::name))
			.toList();
	}

	/**
	 * A job of the scheduler as the administrator's home shows it.
	 *
	 * @param name the task's name
	 * @param nextRun when it runs next
	 * @param running whether a node runs it now
	 * @param lastSuccess when it last ran well, {@code null} if never
	 * @param lastFailure when it last failed, {@code null} if never
	 * @param failures how many runs in a row failed
	 */
	record Job(String name, Instant nextRun, boolean running, Instant lastSuccess, Instant lastFailure, int failures) {

		static Job of(ScheduledExecution<Object> execution) {
			return new Job(execution.getTaskInstance().getTaskName(), execution.getExecutionTime(),
					execution.isPicked(), execution.getLastSuccess(), execution.getLastFailure(),
					execution.getConsecutiveFailures());
		}

	}

}
