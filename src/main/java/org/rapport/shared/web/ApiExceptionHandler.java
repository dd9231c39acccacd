package org.rapport.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;
import tools.jackson.databind.exc.MismatchedInputException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors of the REST API into {@code application/problem+json} responses; invalid
 * input lists its fields under {@code errors}.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex, Locale locale) {
		String message = text(ex, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
		problem.setTitle("Invalid input");
		problem.setProperty("errors", List.of(new FieldError(ex.getField(), message)));
		return problem;
	}

	@ExceptionHandler(AlreadyExistsException.class)
	ProblemDetail alreadyExists(AlreadyExistsException ex, Locale locale) {
		String message = text(ex, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
		problem.setTitle("Already exists");
		problem.setProperty("errors", List.of(new FieldError(ex.getField(), message)));
		return problem;
	}

	/**
	 * A unique key refused a row that another request stored first, where the service did
	 * not name the field itself.
	 */
	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate(DuplicateKeyException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"This already exists; another request stored it first");
		problem.setTitle("Already exists");
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/**
	 * A write over a version that someone else has changed since: 412 when the caller
	 * named the version in {@code If-Match}, 409 otherwise (a version in the body, or a
	 * race lost between reading and writing). Nothing was stored.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale(OptimisticLockingFailureException ex, HttpServletRequest request) {
		boolean precondition = request.getHeader(HttpHeaders.IF_MATCH) != null;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(
				precondition ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT,
				"Someone else changed this in the meantime; read it again and repeat the change");
		problem.setTitle(precondition ? "Precondition failed" : "Changed by someone else");
		if (ex instanceof StaleVersionException stale) {
			problem.setProperty("currentVersion", stale.getCurrent());
		}
		return problem;
	}

	@ExceptionHandler(StateConflictException.class)
	ProblemDetail stateConflict(StateConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Conflicts with the current state");
		return problem;
	}

	/**
	 * A value of the wrong type, such as a side or tier that does not exist, names its
	 * field like any other invalid input; JSON that cannot be read at all does not.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
						"The request is too large");
				return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).headers(headers).body(problem);
			}
			if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
					&& mismatch.getPath().get(mismatch.getPath().size() - 1).getPropertyName() != null) {
				String field = mismatch.getPath().get(mismatch.getPath().size() - 1).getPropertyName();
				Class<?> type = mismatch.getTargetType();
				String message = (mismatch instanceof TextInput.ControlCharacterException)
						? text(new InvalidInputException(field, TextInput.CONTROL), request.getLocale())
						: (type != null && type.isEnum())
								? "Use one of " + String.join(", ",
										Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList())
								: "Not a value this field takes";
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
						"The request has 1 invalid field");
				problem.setTitle("Invalid input");
				problem.setProperty("errors", List.of(new FieldError(field, message)));
				return ResponseEntity.badRequest().headers(headers).body(problem);
			}
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldError(error.getField(), text(error, request.getLocale())))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s"));
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

	/**
	 * A query or path parameter that cannot be read as its type, such as a tier that does
	 * not exist, a number that is not one, or text with control characters, names its
	 * field.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex instanceof MethodArgumentTypeMismatchException argument) ? argument.getName()
				: ex.getPropertyName();
		boolean control = ex.getCause() instanceof IllegalArgumentException cause
				&& TextInput.CONTROL.equals(cause.getMessage());
		String message = text(new InvalidInputException(field, control ? TextInput.CONTROL : "input.type-mismatch"),
				request.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has 1 invalid field");
		problem.setTitle("Invalid input");
		problem.setProperty("errors", List.of(new FieldError(field, message)));
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

	private String text(MessageSourceResolvable resolvable, Locale locale) {
		MessageSource messages = getMessageSource();
		return (messages != null) ? messages.getMessage(resolvable, locale) : resolvable.getDefaultMessage();
	}

}
