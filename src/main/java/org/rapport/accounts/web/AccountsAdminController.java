package org.rapport.accounts.web;

import java.util.Map;

import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.AccountSummary;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.web.FormErrors;

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
 * Administrators manage accounts and read the audit log.
 */
@Controller
class AccountsAdminController {

	private final AccountManagement accounts;

	private final DirectoryManagement directory;

	AccountsAdminController(AccountManagement accounts, DirectoryManagement directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@GetMapping("/admin/accounts")
	String accounts(@RequestParam(required = false) String after, Model model) {
		KeysetPage<AccountSummary> page = this.accounts.accounts(after, 50);
		model.addAttribute("page", page);
		model.addAttribute("delays",
				this.accounts.signInDelays(page.items().stream().map(AccountSummary::username).toList()));
		model.addAttribute("firstPage", after == null || after.isBlank());
		return "accounts/accounts";
	}

	@PostMapping("/admin/accounts/{id}/sign-in-delay/clear")
	String clearSignInDelay(@PathVariable long id, RedirectAttributes redirect) {
		AccountSummary account = this.accounts.account(id);
		this.accounts.clearSignInDelay(id);
		redirect.addFlashAttribute("delayCleared", account.username());
		return "redirect:/admin/accounts";
	}

	@GetMapping("/admin/accounts/new")
	String newAccount(Model model) {
		return form(new AccountForm(), null, model);
	}

	@PostMapping("/admin/accounts/new")
	String create(@ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			AccountSummary account = this.accounts.createAccount(new AccountDraft(form.getUsername(),
					form.getPassword(), personId(form.getPersonRef()), form.getRoles()));
			redirect.addFlashAttribute("saved", account.username());
			return "redirect:/admin/accounts";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of("personId", "personRef"));
			return form(form, null, model);
		}
	}

	@GetMapping("/admin/accounts/{id}")
	String edit(@PathVariable long id, Model model) {
		AccountSummary account = this.accounts.account(id);
		AccountForm form = new AccountForm();
		form.setUsername(account.username());
		form.setRoles(account.roles().isEmpty() ? form.getRoles() : java.util.EnumSet.copyOf(account.roles()));
		form.setEnabled(account.enabled());
		if (account.personId() != null) {
			PersonSummary person = this.directory.person(account.personId());
			form.setPersonRef((person.employeeId() != null) ? person.employeeId() : person.email());
		}
		return form(form, account, model);
	}

	@PostMapping("/admin/accounts/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AccountSummary account = this.accounts.account(id);
		try {
			// One call, so that a refused password leaves the roles as they were.
			this.accounts.updateAccount(id, form.getRoles(), personId(form.getPersonRef()), form.isEnabled(),
					form.getPassword());
			redirect.addFlashAttribute("saved", account.username());
			return "redirect:/admin/accounts";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of("personId", "personRef"));
			return form(form, account, model);
		}
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String action, @RequestParam(required = false) String after,
			Model model) {
		model.addAttribute("page", this.accounts.auditLog(action, after, 50));
		model.addAttribute("actions", this.accounts.auditActions());
		model.addAttribute("action", action);
		model.addAttribute("firstPage", after == null || after.isBlank());
		return "accounts/audit";
	}

	private String form(AccountForm form, AccountSummary account, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		// The form says before it is sent that one's own roles are another's to change.
		model.addAttribute("ownAccount", account != null && account.id() == this.accounts.currentAccount().id());
		model.addAttribute("allRoles", Role.values());
		return "accounts/account-form";
	}

	private Long personId(String reference) {
		if (reference == null || reference.isBlank()) {
			return null;
		}
		return this.directory.personByReference("personRef", reference);
	}

}
