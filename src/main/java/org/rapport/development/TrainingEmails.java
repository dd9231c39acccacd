package org.rapport.development;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.rapport.notifications.Email;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The email that tells a person waiting for a training session that a seat came free and
 * is theirs, unique in the outbox for each time the enrolment is given a seat. Links
 * start with {@code rapport.base-url}.
 */
@Component
class TrainingEmails {

	private static final DateTimeFormatter STARTS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm",
			Locale.ENGLISH);

	private final String baseUrl;

	TrainingEmails(@Value("${rapport.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * The email to the person who moved off the waiting list.
	 * @param enrolment their enrolment, with its seat
	 * @param email their address
	 * @param name their name
	 * @return the email
	 */
	Email seat(EnrolmentSummary enrolment, String email, String name) {
		return new Email(email, name, "development/training-seat",
				Map.of("training", enrolment.trainingTitle(), "startsAt", STARTS.format(enrolment.startsAt()), "link",
						this.baseUrl + "/development/trainings/" + enrolment.trainingId()),
				null, "training-seat-" + enrolment.id() + "-" + enrolment.version());
	}

}
