package org.rapport.shell.web;

import jakarta.servlet.http.HttpSession;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.SignInDelayedException;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. After repeated failures it says how long to wait, the same whether or
 * not the account exists. In the demo mode it lists the demo accounts; when no account
 * exists at all, it says how to create the first.
 */
@Controller
class LoginController {

	private final AccountManagement accounts;

	LoginController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		model.addAttribute("locked", failure instanceof LockedException);
		model.addAttribute("noAccount", !this.accounts.anyAccountExists());
		if (failure instanceof SignInDelayedException delayed) {
			long seconds = delayed.getWait().toSeconds();
			// Under two minutes the wait is counted in seconds, above in whole minutes.
			model.addAttribute("waitKey", (seconds < 120) ? "login.delayed.seconds" : "login.delayed.minutes");
			model.addAttribute("waitAmount", (seconds < 120) ? seconds : (seconds + 59) / 60);
		}
		return "login";
	}

}
