package org.rapport.development.web;

import org.rapport.accounts.RapportUser;
import org.rapport.development.FeedbackRounds;
import org.rapport.development.Mentoring;
import org.rapport.development.Suggestions;
import org.rapport.development.Trainings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The development page of everyone in IT: what their latest 360 suggests they develop,
 * with the trainings and mentors for it, and where they stand in their 360s, trainings
 * and mentoring.
 */
@Controller
class DevelopmentController {

	private final Suggestions suggestions;

	private final FeedbackRounds rounds;

	private final Trainings trainings;

	private final Mentoring mentoring;

	DevelopmentController(Suggestions suggestions, FeedbackRounds rounds, Trainings trainings, Mentoring mentoring) {
		this.suggestions = suggestions;
		this.rounds = rounds;
		this.trainings = trainings;
		this.mentoring = mentoring;
	}

	@GetMapping("/development")
	String development(Model model) {
		Long me = RapportUser.currentPersonId();
		model.addAttribute("hasPerson", me != null);
		model.addAttribute("suggestions", this.suggestions.mine());
		model.addAttribute("rounds",
				this.rounds.rounds()
					.stream()
					.filter((round) -> me != null && round.subjectId() == me)
					.limit(3)
					.toList());
		model.addAttribute("trainings", (me != null) ? this.trainings.mine() : java.util.List.of());
		model.addAttribute("pairs", (me != null) ? this.mentoring.myPairs() : java.util.List.of());
		return "development/home";
	}

}
