package org.rapport.development;

import java.util.HashMap;
import java.util.Map;

import org.rapport.notifications.Email;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The emails that tell a published pair about each other: one to the mentee, one to the
 * mentor, each unique in the outbox, so that a pair is never told twice. Links start with
 * {@code rapport.base-url}.
 */
@Component
class MentoringEmails {

	private final String baseUrl;

	MentoringEmails(@Value("${rapport.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * The email to one side of a pair.
	 * @param pairId the pair
	 * @param programmeId the programme, whose emails form one wave
	 * @param programme the programme's name
	 * @param role the side the recipient is on
	 * @param email the recipient's address
	 * @param name the recipient's name
	 * @param partner the other side's name
	 * @param shared the names of the competencies the pair works on, joined
	 * @return the email
	 */
	Email pair(long pairId, long programmeId, String programme, SignUpRole role, String email, String name,
			String partner, String shared) {
		Map<String, String> arguments = new HashMap<>();
		arguments.put("programme", programme);
		arguments.put("partner", partner);
		arguments.put("role", role.name());
		arguments.put("shared", shared);
		arguments.put("link", this.baseUrl + "/development/mentoring");
		return new Email(email, name, "development/pair", arguments, "mentoring-" + programmeId,
				"mentoring-pair-" + pairId + "-" + role.name().toLowerCase(java.util.Locale.ROOT));
	}

}
