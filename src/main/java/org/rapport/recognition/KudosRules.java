package org.rapport.recognition;

import java.util.LinkedHashSet;
import java.util.List;

import org.rapport.shared.InvalidInputException;
import org.rapport.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules kudos from colleagues and praise from partners share: what values they may
 * carry and what a message may be.
 */
@Component
class KudosRules {

	private final JdbcClient jdbc;

	KudosRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RecognitionValue> values() {
		return this.jdbc.sql("select value_key, label from recognition_value where active order by position, id")
			.query((rs, n) -> new RecognitionValue(rs.getString(1), rs.getString(2)))
			.list();
	}

	/**
	 * The values chosen, in the order of the value list, each once.
	 * @throws InvalidInputException naming {@code values} when none is chosen or one is
	 * not a value in use
	 */
	List<String> values(List<String> given) {
		if (given == null || given.isEmpty()) {
			throw new InvalidInputException("values", "recognition.kudos.values.required");
		}
		List<String> known = values().stream().map(RecognitionValue::key).toList();
		LinkedHashSet<String> chosen = new LinkedHashSet<>();
		for (String value : given) {
			String key = (value != null) ? value.strip() : "";
			if (!known.contains(key)) {
				throw new InvalidInputException("values", "recognition.kudos.values.unknown", key);
			}
			chosen.add(key);
		}
		return known.stream().filter(chosen::contains).toList();
	}

	/**
	 * The message as stored: trimmed, in one Unicode form.
	 * @throws InvalidInputException naming {@code message} when it is blank, too long or
	 * holds control characters
	 */
	static String message(String given) {
		String message = (given != null) ? Text.nfc(given.strip()) : "";
		if (message.isEmpty()) {
			throw new InvalidInputException("message", "recognition.kudos.message.required");
		}
		if (message.length() > KudosDraft.MAX_MESSAGE) {
			throw new InvalidInputException("message", "recognition.kudos.message.tooLong", KudosDraft.MAX_MESSAGE);
		}
		if (Text.hasControl(message, true)) {
			throw new InvalidInputException("message", "recognition.kudos.message.control");
		}
		return message;
	}

}
