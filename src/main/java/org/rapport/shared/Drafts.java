package org.rapport.shared;

import java.util.Comparator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Holds a draft to the Bean Validation rules written on it, so that a service applies the
 * same rules to every caller (the REST API, where they are checked on the way in, and the
 * pages, which build drafts from form fields).
 */
public final class Drafts {

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = FACTORY.getValidator();

	private Drafts() {
	}

	/**
	 * Checks a draft.
	 * @param draft the draft
	 * @throws InvalidInputException naming the first field (by name) that breaks a rule
	 */
	public static void check(Object draft) {
		VALIDATOR.validate(draft)
			.stream()
			.min(Comparator
				.comparing((ConstraintViolation<Object> violation) -> violation.getPropertyPath().toString()))
			.ifPresent((violation) -> {
				throw new InvalidInputException(violation.getPropertyPath().toString(), "input.invalid",
						violation.getMessage());
			});
	}

}
