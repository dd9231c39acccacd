package org.rapport.shared.web;

import java.beans.PropertyDescriptor;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.rapport.shared.InvalidInputException;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
	 * Tells the user that someone else changed the record while they were editing it: a
	 * message above the form and, beside each field whose stored value now differs from
	 * what the user typed, the stored value. What the user typed stays in the form, and
	 * the form takes the record's current version, so that saving again stores it over
	 * the other person's change, knowingly.
	 * @param result the binding result of the form the user posted, which has a
	 * {@code version} property
	 * @param current the same kind of form, filled from the record as it is now
	 * @param labels how to show the stored value of some fields, such as a unit's name
	 * for its id; a value may be a {@link DefaultMessageSourceResolvable}. Other fields
	 * show their value, yes or no for a checkbox
	 */
	public static void rejectStale(BindingResult result, Object current, Map<String, Object> labels) {
		BeanWrapper posted = new BeanWrapperImpl(result.getTarget());
		BeanWrapper now = new BeanWrapperImpl(current);
		for (PropertyDescriptor property : posted.getPropertyDescriptors()) {
			String field = property.getName();
			if (field.equals("version") || !posted.isWritableProperty(field) || !now.isReadableProperty(field)
					|| result.hasFieldErrors(field)) {
				continue;
			}
			Object stored = blankToNull(now.getPropertyValue(field));
			if (!Objects.equals(blankToNull(posted.getPropertyValue(field)), stored)) {
				if (stored == null) {
					result.rejectValue(field, "form.stale.field.empty", "Now empty");
				}
				else {
					Object shown = labels
						.containsKey(field)
								? labels.get(field)
								: (stored instanceof Boolean yes)
										? new DefaultMessageSourceResolvable(
												new String[] { yes ? "form.yes" : "form.no" }, yes ? "yes" : "no")
										: stored;
					result.rejectValue(field, "form.stale.field", new Object[] { shown }, "Now: " + stored);
				}
			}
		}
		posted.setPropertyValue("version", now.getPropertyValue("version"));
		result.reject("form.stale", "Someone else changed this while you were editing it");
	}

	private static Object blankToNull(Object value) {
		return (value instanceof String text && text.isBlank()) ? null : value;
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
