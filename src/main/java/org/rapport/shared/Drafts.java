package org.rapport.shared;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Holds a draft to the Bean Validation rules written on it, so that a service applies the
 * same rules to every caller (the REST API, where they are checked on the way in, and the
 * pages, which build drafts from form fields).
 */
public final class Drafts {

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = FACTORY.getValidator();

	/** A message template that names a code of {@code messages.properties}. */
	private static final Pattern CODE = Pattern.compile("\\{([a-z][a-zA-Z0-9.-]*)\\}");

	private Drafts() {
	}

	/**
	 * Checks a draft.
	 * @param draft the draft
	 * @throws InvalidInputException naming the first field (by name) that breaks a rule,
	 * with the rule's message, rendered from {@code messages.properties} where the rule
	 * names one of its codes
	 */
	public static void check(Object draft) {
		VALIDATOR.validate(draft)
			.stream()
			.min(Comparator
				.comparing((ConstraintViolation<Object> violation) -> violation.getPropertyPath().toString()))
			.ifPresent((violation) -> {
				String field = violation.getPropertyPath().toString();
				Matcher code = CODE.matcher(violation.getMessageTemplate());
				// Bean Validation alone leaves a code of messages.properties as
				// it is: the message is rendered from the code where shown.
				Object message = (code.matches() && violation.getMessage().equals(violation.getMessageTemplate()))
						? new DefaultMessageSourceResolvable(new String[] { code.group(1) }, violation.getMessage())
						: violation.getMessage();
				throw new InvalidInputException(field, "input.invalid", message);
			});
	}

}
