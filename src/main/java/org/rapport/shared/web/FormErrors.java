package org.rapport.shared.web;

import java.util.Map;

import org.rapport.shared.InvalidInputException;

import org.springframework.validation.BindingResult;

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
			result.rejectValue(field, "invalid", ex.getMessage());
		}
		else {
			result.reject("invalid", ex.getMessage());
		}
	}

}
