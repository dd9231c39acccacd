package org.rapport.accounts.web;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.AccountSummary;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.shared.Actor;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Administrators manage accounts and read the audit log.
 */
@Controller
class AccountsAdminController {

	private final AccountManagement accounts;

	private final DirectoryManagement directory;

	private final MessageSource messages;

	AccountsAdminController(AccountManagement accounts, DirectoryManagement directory, MessageSource messages) {
		this.accounts = accounts;
		this.directory = directory;
		this.messages = messages;
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
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				AccountSummary account = this.accounts.createAccount(new AccountDraft(form.getUsername(),
						form.getPassword(), personId(form.getPersonRef()), form.getRoles()));
				redirect.addFlashAttribute("saved", account.username());
				return "redirect:/admin/accounts";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of("personId", "personRef"));
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/admin/accounts/{id}")
	String edit(@PathVariable long id, Model model) {
		AccountSummary account = this.accounts.account(id);
		return form(AccountForm.of(account, personRef(account)), account, model);
	}

	@PostMapping("/admin/accounts/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AccountSummary account = this.accounts.account(id);
		if (!result.hasErrors()) {
			try {
				// One call, so that a refused password leaves the roles as they were.
				this.accounts.updateAccount(id, form.getRoles(), personId(form.getPersonRef()), form.isEnabled(),
						form.getPassword(), form.getVersion());
				redirect.addFlashAttribute("saved", account.username());
				return "redirect:/admin/accounts";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of("personId", "personRef"));
			}
			catch (OptimisticLockingFailureException ex) {
				account = this.accounts.account(id);
				AccountForm current = AccountForm.of(account, personRef(account));
				// A password is never stored nor shown, so it is no difference to point
				// at.
				current.setPassword(form.getPassword());
				FormErrors.rejectStale(result, current,
						Map.of("personRef", (account.personName() != null) ? account.personName() : "", "roles",
								roleNames(account.roles())));
			}
		}
		return form(form, account, model);
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
		// The password field is shown empty again: say so, or the admin takes it as kept.
		model.addAttribute("retypePassword", form.getPassword() != null && !form.getPassword().isBlank());
		model.addAttribute("account", account);
		// The form says before it is sent that one's own roles are another's to change.
		// The same test as AccountManagement's rule: the account of whoever is acting.
		model.addAttribute("ownAccount", account != null && account.username().equals(Actor.current()));
		model.addAttribute("allRoles", Role.values());
		return "accounts/account-form";
	}

	private String personRef(AccountSummary account) {
		if (account.personId() == null) {
			return null;
		}
		PersonSummary person = this.directory.person(account.personId());
		return (person.employeeId() != null) ? person.employeeId() : person.email();
	}

	private String roleNames(Set<Role> roles) {
		return Arrays.stream(Role.values())
			.filter(roles::contains)
			.map((role) -> this.messages.getMessage("role." + role, null, role.name(), LocaleContextHolder.getLocale()))
			.collect(Collectors.joining(", "));
	}

	private Long personId(String reference) {
		if (reference == null || reference.isBlank()) {
			return null;
		}
		return this.directory.personByReference("personRef", reference);
	}

}
