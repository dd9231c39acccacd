package org.rapport.shared.web;

import org.springframework.http.ResponseEntity;

/**
 * Entity tags of the REST API: a single resource's {@code ETag} is its version, as
 * {@code "3"}, and a write that names it in {@code If-Match} is refused with 412 when the
 * resource has moved on.
 */
public final class Versions {

	/** A version no record has, for an {@code If-Match} that cannot match. */
	private static final long NONE = -1;

	private Versions() {
	}

	/**
	 * A response with the resource and its version as the entity tag.
	 * @param <T> the resource's type
	 * @param body the resource
	 * @param version its version
	 * @return the response
	 */
	public static <T> ResponseEntity<T> tagged(T body, long version) {
		return ResponseEntity.ok().eTag(etag(version)).body(body);
	}

	/**
	 * The entity tag of a version.
	 * @param version the version
	 * @return the tag, quoted
	 */
	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version an {@code If-Match} header asks for; weak tags count as their strong
	 * form. A tag that is no version of ours never matches.
	 * @param ifMatch the header, may be {@code null}
	 * @param otherwise the version to use without the header, such as one in the body
	 * @return the version, or {@code otherwise} without the header or with {@code *}
	 */
	public static Long ifMatch(String ifMatch, Long otherwise) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return otherwise;
		}
		String tag = ifMatch.split(",")[0].strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
			tag = tag.substring(1, tag.length() - 1);
		}
		try {
			return Long.parseLong(tag);
		}
		catch (NumberFormatException ex) {
			return NONE;
		}
	}

}
