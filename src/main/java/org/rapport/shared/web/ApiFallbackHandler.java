package org.rapport.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers requests under {@code /api/} that reach no REST controller (an unknown path, a
 * method the path does not take, an upload over the limit) with problem+json as well,
 * instead of the HTML error page. Everywhere else the error page answers as before.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiFallbackHandler {

	private final MessageSource messages;

	ApiFallbackHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class,
			HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			MaxUploadSizeExceededException.class })
	ResponseEntity<ProblemDetail> outsideAnyController(Exception ex, HttpServletRequest request) throws Exception {
		if (!isApi(request)) {
			throw ex;
		}
		HttpStatus status = (ex instanceof ErrorResponse response)
				? HttpStatus.valueOf(response.getStatusCode().value()) : HttpStatus.PAYLOAD_TOO_LARGE;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, switch (status) {
			case NOT_FOUND -> text("error.api.404", request);
			case METHOD_NOT_ALLOWED -> text("error.api.405", request, request.getMethod());
			case PAYLOAD_TOO_LARGE -> text("error.too-large", request);
			default -> status.getReasonPhrase();
		});
		HttpHeaders headers = (ex instanceof ErrorResponse response) ? response.getHeaders() : HttpHeaders.EMPTY;
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private String text(String code, HttpServletRequest request, Object... arguments) {
		return this.messages.getMessage(code, arguments, request.getLocale());
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
