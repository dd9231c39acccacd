package org.rapport.shell.web;

import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StateConflictException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Shows the not-found page for objects that do not exist and the bad-request page for
 * input that breaks a rule outside a form, without saying more.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	@ExceptionHandler(InvalidInputException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(Model model) {
		model.addAttribute("status", 400);
		return "error";
	}

	/**
	 * A change over a record someone else changed meanwhile, or a row that a unique key
	 * refused because another request stored it first, where the page has no form that
	 * shows the conflict beside its field.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, StateConflictException.class,
			DuplicateKeyException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(Model model) {
		model.addAttribute("status", 409);
		return "error";
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

}
