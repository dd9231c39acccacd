package org.rapport.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.rapport.shared.InvalidInputException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Puts a rule that the domain refused beside the form field it concerns, or above the
 * form when no field of the form matches.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Records the error in a form's binding result.
	 * @param result the form's binding result
	 * @param ex the refused input
	 * @param formFields the form's names for domain fields where they differ, such as
	 * {@code managerId} entered as {@code managerRef}
	 */
	public static void reject(BindingResult result, InvalidInputException ex, Map<String, String> formFields) {
		String field = (ex.getField() != null) ? formFields.getOrDefault(ex.getField(), ex.getField()) : null;
		if (field != null && result.getFieldType(field) != null) {
			result.rejectValue(field, ex.getCode(), ex.getArguments(), ex.getDefaultMessage());
		}
		else {
			result.reject(ex.getCode(), ex.getArguments(), ex.getDefaultMessage());
		}
	}

	/**
	 * The text of a refusal shown outside a form's fields, in the request's language.
	 * @param request the request being answered
	 * @param error the refusal
	 * @return the text from {@code messages.properties}
	 */
	public static String text(HttpServletRequest request, MessageSourceResolvable error) {
		WebApplicationContext context = RequestContextUtils.findWebApplicationContext(request);
		return (context != null) ? context.getMessage(error, RequestContextUtils.getLocale(request))
				: error.getDefaultMessage();
	}

}
