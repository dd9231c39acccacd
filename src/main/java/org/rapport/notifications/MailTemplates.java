package org.rapport.notifications;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Renders an email from its template: {@code templates/mail/<template>.html} in HTML
 * mode, {@code templates/mail/<template>.txt} in text mode, and the subject from the
 * message {@code mail.<template>.subject}. The engines are Rapport's own and not beans,
 * so that the page engine that Spring Boot configures stays as it is; both read
 * {@code messages.properties} for {@code #{...}}.
 */
@Component
class MailTemplates {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)}");

	private final SpringTemplateEngine html;

	private final SpringTemplateEngine text;

	private final MessageSource messages;

	MailTemplates(MessageSource messages) {
		this.messages = messages;
		this.html = engine(TemplateMode.HTML, ".html", messages);
		this.text = engine(TemplateMode.TEXT, ".txt", messages);
	}

	private static SpringTemplateEngine engine(TemplateMode mode, String suffix, MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	/**
	 * Renders an email.
	 * @param template the template's name
	 * @param recipient the address
	 * @param recipientName the recipient's name, may be {@code null}
	 * @param arguments the arguments
	 * @return the subject, text and HTML
	 * @throws RenderingException when a template or the subject is missing or broken
	 */
	Rendered render(String template, String recipient, String recipientName, Map<String, String> arguments) {
		Locale locale = Locale.ENGLISH;
		Map<String, Object> variables = new HashMap<>();
		variables.put("args", arguments);
		variables.put("recipient", recipient);
		variables.put("recipientName", recipientName);
		try {
			String subject = subject(template, arguments, locale);
			String textPart = this.text.process(template, new Context(locale, variables));
			String htmlPart = this.html.process(template, new Context(locale, variables));
			return new Rendered(subject, textPart, htmlPart);
		}
		catch (TemplateEngineException | NoSuchMessageException ex) {
			throw new RenderingException(template, ex);
		}
	}

	private String subject(String template, Map<String, String> arguments, Locale locale) {
		// No message arguments: the subject's {name} stands for an argument by name,
		// which MessageFormat's numbered arguments cannot say.
		String pattern = this.messages.getMessage("mail." + template.replace('/', '.') + ".subject", null, locale);
		Matcher placeholder = PLACEHOLDER.matcher(pattern);
		StringBuilder subject = new StringBuilder();
		while (placeholder.find()) {
			String value = arguments.get(placeholder.group(1));
			placeholder.appendReplacement(subject,
					Matcher.quoteReplacement((value != null) ? value : placeholder.group()));
		}
		placeholder.appendTail(subject);
		// A subject is one line, whatever an argument holds.
		return subject.toString().replaceAll("[\\r\\n\\t]+", " ").strip();
	}

	/**
	 * An email as rendered.
	 *
	 * @param subject the subject line
	 * @param text the plain-text part
	 * @param html the HTML part
	 */
	record Rendered(String subject, String text, String html) {
	}

	/**
	 * An email's template or subject is missing or broken: it cannot be sent until the
	 * template is fixed.
	 */
	static class RenderingException extends RuntimeException {

		RenderingException(String template, Throwable cause) {
			super("template-error: " + template + ": " + cause.getMessage(), cause);
		}

	}

}
