package org.rapport.shared.web;

import java.beans.PropertyEditorSupport;

import org.rapport.shared.Text;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The one gate every text input passes: form fields, query and path parameters and JSON
 * strings are refused when they hold NUL or another control character (tabs and line
 * breaks pass, for free text). PostgreSQL cannot store NUL, and none of these belong in
 * what people read. Names are held to stricter rules where they are stored
 * ({@link Text#name}).
 */
@ControllerAdvice
public class TextInput {

	/** The message code of the refusal. */
	public static final String CONTROL = "text.control";

	@InitBinder
	void refuseControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new CheckedText());
	}

	@Bean
	SimpleModule textInputModule() {
		SimpleModule module = new SimpleModule("rapport-text-input");
		module.addDeserializer(String.class, new CheckedTextDeserializer());
		return module;
	}

	/** Binds request parameters as they are, refusing control characters. */
	static final class CheckedText extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (Text.hasControl(text, true)) {
				throw new IllegalArgumentException(CONTROL);
			}
			setValue(text);
		}

	}

	/** Reads JSON strings as they are, refusing control characters. */
	static final class CheckedTextDeserializer extends StdDeserializer<String> {

		CheckedTextDeserializer() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = parser.getValueAsString();
			if (text == null) {
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			if (Text.hasControl(text, true)) {
				throw new ControlCharacterException(parser, text);
			}
			return text;
		}

	}

	/** A JSON string with a control character in it. */
	public static final class ControlCharacterException extends InvalidFormatException {

		ControlCharacterException(JsonParser parser, String value) {
			super(parser, CONTROL, value, String.class);
		}

	}

}
