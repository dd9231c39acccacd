package org.rapport.notifications.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.rapport.notifications.NotificationManagement;
import org.rapport.notifications.OutboxEntry;
import org.rapport.notifications.OutboxState;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's outbox: counts per state, the emails newest first with a filter by
 * state and wave, a wave's progress, each email as it is sent, and sending again what
 * failed, was interrupted or was not sent.
 */
@Controller
class OutboxController {

	private final NotificationManagement notifications;

	OutboxController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/admin/outbox")
	String outbox(@RequestParam(required = false) OutboxState state, @RequestParam(required = false) String wave,
			@RequestParam(required = false) String after, Model model) {
		String waveFilter = (wave == null || wave.isBlank()) ? null : wave.strip();
		model.addAttribute("page", this.notifications.outbox(state, waveFilter, after, 50));
		Map<OutboxState, Long> counts = this.notifications.counts();
		model.addAttribute("counts", counts);
		model.addAttribute("notSent", counts.get(OutboxState.NOT_SENT));
		model.addAttribute("cap", NotificationManagement.COUNT_CAP);
		model.addAttribute("states", OutboxState.values());
		model.addAttribute("state", state);
		model.addAttribute("wave", waveFilter);
		model.addAttribute("progress", (waveFilter != null) ? this.notifications.progress(waveFilter) : null);
		model.addAttribute("sending", this.notifications.sending());
		model.addAttribute("filtered", state != null || waveFilter != null);
		model.addAttribute("firstPage", after == null || after.isBlank());
		return "notifications/outbox";
	}

	@PostMapping("/admin/outbox/resend-not-sent")
	String resendNotSent(@RequestParam(required = false) String wave, RedirectAttributes redirect) {
		redirect.addFlashAttribute("resentAll", this.notifications.resendNotSent(wave));
		redirect.addAttribute("wave", (wave == null || wave.isBlank()) ? null : wave.strip());
		return "redirect:/admin/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	String entry(@PathVariable long id, Model model) {
		model.addAttribute("preview", this.notifications.preview(id));
		model.addAttribute("sending", this.notifications.sending());
		return "notifications/outbox-entry";
	}

	@PostMapping("/admin/outbox/{id}/resend")
	String resend(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		try {
			OutboxEntry entry = this.notifications.resend(id);
			redirect.addFlashAttribute("resent", entry.recipient());
		}
		catch (StateConflictException ex) {
			redirect.addFlashAttribute("refused", FormErrors.text(request, ex));
		}
		return "redirect:/admin/outbox/" + id;
	}

}
