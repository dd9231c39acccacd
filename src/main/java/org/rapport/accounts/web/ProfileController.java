package org.rapport.accounts.web;

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

	private final AccountManagement accounts;

	ProfileController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account")
	String account(Model model) {
		model.addAttribute("account", this.accounts.currentAccount());
		model.addAttribute("tokens", this.accounts.tokens());
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

	@PostMapping("/account/tokens")
	String createToken(@RequestParam String name, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		try {
			redirect.addFlashAttribute("newToken", this.accounts.createToken(name));
			return "redirect:/account";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("tokenError", FormErrors.text(request, ex));
			return account(model);
		}
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.revokeToken(id);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/account";
	}

}
