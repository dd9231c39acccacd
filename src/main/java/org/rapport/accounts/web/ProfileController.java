package org.rapport.accounts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.rapport.accounts.AccountManagement;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: password, personal API tokens and the weekly digest
 * by email.
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
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm());
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm());
		}
		PreferencesForm preferences = new PreferencesForm();
		preferences.setWeeklyDigest(this.accounts.preferences().weeklyDigest());
		model.addAttribute("preferencesForm", preferences);
		return "accounts/account";
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
				redirect.addFlashAttribute("passwordChanged", true);
				return "redirect:/account";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
		}
		return account(model);
	}

	/**
	 * Turns the weekly digest on or off. The digest's unsubscribe link opens this page,
	 * so that only this signed-in POST changes the choice, never a link a mail scanner
	 * follows.
	 */
	@PostMapping("/account/preferences")
	String changePreferences(@ModelAttribute("preferencesForm") PreferencesForm form, RedirectAttributes redirect) {
		this.accounts.changePreferences(form.isWeeklyDigest(), null);
		redirect.addFlashAttribute("preferencesSaved", true);
		return "redirect:/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				redirect.addFlashAttribute("newToken",
						this.accounts.createToken(form.getName(), expiresOn(form.getValidity(), form.getExpiresOn())));
				return "redirect:/account";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
		}
		return account(model);
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
				throw new InvalidInputException("expiresOn", "accounts.token-choose-day");
			}
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
