package org.rapport.shell.web;

import jakarta.servlet.http.HttpServletRequest;

import org.rapport.relationships.RelationshipEndedException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Shows the not-found page for objects that do not exist and the bad-request page for
 * input that breaks a rule outside a form, without saying more; a change refused because
 * its relationship has ended leads to the relationship, which says so.
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

	/**
	 * A page asked to record something new on a relationship that has ended, such as a
	 * touchpoint from a form opened before it ended: the relationship's page, which shows
	 * when and why it ended and offers to reopen it, with the refusal above it.
	 */
	@ExceptionHandler(RelationshipEndedException.class)
	ModelAndView ended(RelationshipEndedException ex, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("refused", FormErrors.text(request, ex));
		String path = "/relationships/" + ex.getRelationshipId();
		boolean htmx = "true".equals(request.getHeader("HX-Request"));
		return new ModelAndView(htmx ? new HtmxRedirectView(path, true) : new RedirectView(path, true));
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

}
