package org.rapport.shared.web;

/**
 * One invalid field of a request, as listed in a problem response's {@code errors}.
 *
 * @param field the field's name, or {@code null} for the request as a whole
 * @param message what is wrong with it
 */
public record FieldError(String field, String message) {
}
