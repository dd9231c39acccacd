package org.rapport.shell.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. In the demo mode it lists the demo accounts.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		model.addAttribute("locked", failure instanceof LockedException);
		return "login";
	}

}
