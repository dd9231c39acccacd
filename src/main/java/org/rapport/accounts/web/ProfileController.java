package org.rapport.accounts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.rapport.accounts.AccountManagement;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: password and personal API tokens.
 */
@Controller
class ProfileController {

	/** The numbers of days a new token may work, as the form offers them. */
	private static final List<String> VALIDITIES = List.of("30", "90", "365");

	private final AccountManagement accounts;

	private final Clock clock;

	ProfileController(AccountManagement accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/account")
	String account(Model model) {
		model.addAttribute("account", this.accounts.currentAccount());
		model.addAttribute("tokens", this.accounts.tokens());
		model.addAttribute("validities", VALIDITIES);
		return "accounts/account";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		try {
			this.accounts.changeOwnPassword(currentPassword, newPassword);
			redirect.addFlashAttribute("passwordChanged", true);
			return "redirect:/account";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("passwordError", FormErrors.text(request, ex));
			return account(model);
		}
	}

	/**
	 * Creates a token that expires after a number of days ({@code validity} 30, 90 or
	 * 365), on a chosen day ({@code validity=date} with {@code expiresOn}), or never
	 * (empty).
	 */
	@PostMapping("/account/tokens")
	String createToken(@RequestParam String name, @RequestParam(required = false) String validity,
			@RequestParam(required = false) String expiresOn, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		try {
			redirect.addFlashAttribute("newToken", this.accounts.createToken(name, expiresOn(validity, expiresOn)));
			return "redirect:/account";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("tokenError", FormErrors.text(request, ex));
			return account(model);
		}
	}

	private LocalDate expiresOn(String validity, String day) {
		if (validity == null || validity.isBlank()) {
			return null;
		}
		if (validity.equals("date")) {
			try {
				return LocalDate.parse((day != null) ? day.strip() : "");
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException("expiresOn", "Choose the day on which the token expires");
			}
		}
		if (!VALIDITIES.contains(validity)) {
			throw new InvalidInputException("expiresOn", "Choose how long the token works");
		}
		return LocalDate.now(this.clock).plusDays(Integer.parseInt(validity));
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.revokeToken(id);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/account";
	}

}
