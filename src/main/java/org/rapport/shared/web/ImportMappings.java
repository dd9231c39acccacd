package org.rapport.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.rapport.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The column mapping an import takes beside its file, in one of two spellings: a JSON
 * object of fields to headers ({@code {"name": "Full name"}}) or {@code field=Header}
 * pairs separated by commas or lines.
 */
public final class ImportMappings {

	private ImportMappings() {
	}

	/**
	 * Reads a mapping.
	 * @param json the mapper for the JSON spelling
	 * @param text the mapping as sent, {@code null} or blank for none
	 * @return the headers by field, in the order given
	 * @throws InvalidInputException naming {@code mapping} when it is in neither spelling
	 */
	public static Map<String, String> pairs(JsonMapper json, String text) {
		Map<String, String> pairs = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return pairs;
		}
		if (text.strip().startsWith("{")) {
			try {
				json.readValue(text, new TypeReference<Map<String, String>>() {
				}).forEach(pairs::put);
			}
			catch (JacksonException ex) {
				throw new InvalidInputException("mapping", "import.mapping.not-json", ex.getOriginalMessage());
			}
			return pairs;
		}
		for (String pair : text.split("[,\\n]")) {
			if (pair.isBlank()) {
				continue;
			}
			int at = pair.indexOf('=');
			if (at <= 0) {
				throw new InvalidInputException("mapping", "import.mapping.not-pair", pair.strip());
			}
			pairs.put(pair.substring(0, at).strip(), pair.substring(at + 1).strip());
		}
		return pairs;
	}

}
