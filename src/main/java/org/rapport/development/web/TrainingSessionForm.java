package org.rapport.development.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.rapport.development.TrainingSessionDraft;

/**
 * The form that schedules a session of a course. Times come from the browser's date and
 * time fields; what is no time or number reaches the rules as missing, which say what to
 * enter beside the field.
 */
public class TrainingSessionForm {

	private String startsAt;

	private String endsAt;

	private String location;

	private String onlineLink;

	private String capacity;

	TrainingSessionDraft draft() {
		return new TrainingSessionDraft(time(this.startsAt), time(this.endsAt), this.location, this.onlineLink,
				number(this.capacity));
	}

	private static LocalDateTime time(String typed) {
		try {
			return (typed != null && !typed.isBlank()) ? LocalDateTime.parse(typed.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Integer number(String typed) {
		try {
			return (typed != null && !typed.isBlank()) ? Integer.valueOf(typed.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public String getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt;
	}

	public String getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(String endsAt) {
		this.endsAt = endsAt;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getOnlineLink() {
		return this.onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

	public String getCapacity() {
		return this.capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}

}
