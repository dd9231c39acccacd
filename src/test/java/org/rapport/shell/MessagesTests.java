package org.rapport.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rapport.accounts.Role;
import org.rapport.directory.ImportField;
import org.rapport.insight.Quadrant;
import org.rapport.servicemetrics.AttributionRule;
import org.rapport.servicemetrics.Grouping;
import org.rapport.servicemetrics.IncidentFormat;
import org.rapport.shared.ImportStatus;
import org.rapport.directory.Position;
import org.rapport.directory.UnitKind;
import org.rapport.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a page shows comes from {@code messages.properties}.
 */
class MessagesTests {

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private static final Pattern NOTE_TOPIC = Pattern.compile("note\\(\"([A-Z_]+)\"");

	@Test
	void everyKeyThatTemplatesUseIsDefined() throws IOException {
		Properties messages = messages();
		TreeSet<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = STATIC_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!messages.containsKey(matcher.group(1))) {
						missing.add(template.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).as("message keys used in templates but not defined").isEmpty();
	}

	@Test
	void everyKeyBuiltFromAnEnumOrNoteTopicIsDefined() throws IOException {
		List<String> keys = new ArrayList<>();
		for (Role role : Role.values()) {
			keys.add("role." + role);
		}
		for (Position position : Position.values()) {
			keys.add("position." + position);
			keys.add("leadership.assign.hint." + position);
		}
		for (UnitKind kind : UnitKind.values()) {
			keys.add("kind." + kind);
			keys.add("kind." + kind + ".plural");
		}
		for (ImportStatus status : ImportStatus.values()) {
			keys.add("import.status." + status);
		}
		for (ImportStatus status : ImportStatus.values()) {
			keys.add("metrics.import.status." + status);
		}
		for (Grouping grouping : Grouping.values()) {
			keys.add("metrics.by." + grouping);
		}
		for (IncidentFormat format : IncidentFormat.values()) {
			keys.add("metrics.format." + format);
		}
		for (AttributionRule.Dimension dimension : AttributionRule.Dimension.values()) {
			keys.add("metrics.dimension." + dimension);
		}
		for (Quadrant quadrant : Quadrant.values()) {
			keys.add("insight.quadrant." + quadrant);
		}
		for (ImportField field : ImportField.values()) {
			keys.add("import.field." + field);
			keys.add("import.field." + field + ".hint");
		}
		try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/rapport/directory"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher topics = NOTE_TOPIC.matcher(Files.readString(source));
				while (topics.find()) {
					keys.add("report.topic." + topics.group(1));
				}
			}
		}
		for (String demo : List.of("admin", "cio", "brm", "lead", "staff")) {
			keys.add("login.demo." + demo);
		}
		for (int status : List.of(400, 403, 404, 405, 413)) {
			keys.add("error." + status + ".heading");
			keys.add("error." + status + ".text");
		}
		for (org.rapport.relationships.Tier tier : org.rapport.relationships.Tier.values()) {
			keys.add("tier." + tier);
			keys.add("tier." + tier + ".text");
		}
		for (org.rapport.relationships.Stance stance : org.rapport.relationships.Stance.values()) {
			keys.add("stance." + stance);
		}
		for (UnitKind kind : UnitKind.values()) {
			keys.add("relationship.kind." + kind);
		}
		for (org.rapport.interactions.InteractionType type : org.rapport.interactions.InteractionType.values()) {
			keys.add("interaction.type." + type);
		}
		for (org.rapport.commitments.CommitmentState state : org.rapport.commitments.CommitmentState.values()) {
			keys.add("commitment.state." + state);
		}
		for (org.rapport.relationships.Maturity maturity : org.rapport.relationships.Maturity.values()) {
			keys.add("maturity." + maturity);
			keys.add("maturity." + maturity + ".text");
			keys.add("maturity.as." + maturity);
		}
		for (org.rapport.relationships.Side side : org.rapport.relationships.Side.values()) {
			keys.add("maturity.side." + side);
			keys.add("maturity.view." + side);
			keys.add("maturity.recorded." + side);
		}
		for (int apart = 1; apart <= 4; apart++) {
			keys.add("maturity.apart." + apart);
		}
		for (org.rapport.health.AlertState state : org.rapport.health.AlertState.values()) {
			keys.add("alert.state." + state);
			keys.add("alerts.state." + state.name().toLowerCase(java.util.Locale.ROOT));
		}
		keys.add("alerts.state.all");
		for (org.rapport.health.HealthComponent component : org.rapport.health.HealthComponent.values()) {
			keys.add("health.component." + component);
			keys.add("health.component.inline." + component);
		}
		// A falling score names each component that fell: one message for each number.
		for (int fell = 1; fell <= org.rapport.health.HealthComponent.values().length; fell++) {
			keys.add("health.alert.scoreFalling." + fell);
		}
		for (org.rapport.notifications.OutboxState state : org.rapport.notifications.OutboxState.values()) {
			keys.add("outbox.state." + state);
			keys.add("outbox.state." + state + ".text");
			if (state.resendable()) {
				keys.add("outbox.resend.confirm." + state);
			}
		}
		for (String code : org.rapport.notifications.OutboxEntry.ERROR_CODES) {
			keys.add("outbox.error." + code);
		}
		for (int sentiment = -2; sentiment <= 2; sentiment++) {
			keys.add("interaction.sentiment." + sentiment);
		}
		Properties messages = messages();
		assertThat(keys).as("message keys built at run time").allMatch(messages::containsKey);
		assertThat(keys).anyMatch((key) -> key.startsWith("report.topic."));
	}

	/**
	 * Files whose refusals still carry English text built in Java instead of a message
	 * code. Each leaves this list when it is converted; no file joins it.
	 */
	private static final Set<String> NOT_YET_CODES = Set.of("relationships/RelationshipManagement.java",
			"directory/DirectoryImports.java", "directory/web/DirectoryApiController.java",
			"commitments/web/TouchpointForm.java", "accounts/web/ProfileController.java");

	private static final Pattern REFUSAL = Pattern
		.compile("new (InvalidInputException|AlreadyExistsException|StateConflictException|NotFoundException)\\(");

	private static final Pattern CONSTANT = Pattern
		.compile("static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]*)\"");

	private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");

	private static final Pattern NAME = Pattern.compile("(?:[A-Z][A-Za-z0-9]*\\.)?[A-Z][A-Z0-9_]*");

	private static final Pattern CHOICE = Pattern.compile("[^?]+\\?\\s*(.+?)\\s*:\\s*(.+)");

	/**
	 * Every refusal that reaches a user (invalid input, a duplicate, a state conflict, a
	 * record not found) names a message code, as a literal or a constant, that
	 * {@code messages.properties} defines; a sentence or a code built at run time fails.
	 */
	@Test
	void everyCodeThatServicesRefuseInputWithIsDefined() throws IOException {
		Properties messages = messages();
		Map<String, String> sources = new TreeMap<>();
		Path root = Path.of("src/main/java/org/rapport");
		try (Stream<Path> files = Files.walk(root)) {
			for (Path source : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				sources.put(root.relativize(source).toString().replace('\\', '/'), Files.readString(source));
			}
		}
		Map<String, String> constants = new HashMap<>();
		sources.forEach((file, text) -> {
			Matcher constant = CONSTANT.matcher(text);
			while (constant.find()) {
				String type = file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length());
				constants.put(type + "." + constant.group(1), constant.group(2));
				constants.put(file + ":" + constant.group(1), constant.group(2));
			}
		});
		TreeSet<String> used = new TreeSet<>();
		TreeSet<String> wrong = new TreeSet<>();
		sources.forEach((file, text) -> {
			if (NOT_YET_CODES.contains(file) || file.matches("shared/[A-Za-z]+Exception\\.java")) {
				// The exceptions themselves only pass on a code they were given.
				return;
			}
			Matcher refusal = REFUSAL.matcher(text);
			while (refusal.find()) {
				List<String> arguments = arguments(text, refusal.end());
				String kind = refusal.group(1);
				String argument = codeArgument(kind, arguments);
				List<String> codes = codes(file, argument, constants);
				if (codes == null) {
					wrong.add(file + ": " + kind + " without a message code: " + argument);
					continue;
				}
				for (String code : codes) {
					code = kind.equals("NotFoundException") ? NotFoundException.codeOf(code) : code;
					used.add(code);
					if (!messages.containsKey(code)) {
						wrong.add(file + ": " + code + " is not in messages.properties");
					}
				}
			}
		});
		assertThat(used).as("codes of refused input")
			.contains("text.control", "day.out-of-range", "error.person.not-found", "error.account.person-taken",
					"error.unit.name-taken", "error.commitment.transition", "input.type-mismatch");
		assertThat(wrong).as("refusals without a defined message code").isEmpty();
	}

	/**
	 * Every key that a Bean Validation rule names as its message, such as {@code message
	 * = "{accounts.account-needs-at-least}"}, is defined.
	 */
	@Test
	void everyKeyThatValidationRulesNameIsDefined() throws IOException {
		Pattern key = Pattern.compile("message\\s*=\\s*\"\\{([A-Za-z0-9_.-]+)\\}\"");
		Properties messages = messages();
		TreeSet<String> used = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = key.matcher(Files.readString(source));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).as("message keys of validation rules missing from messages.properties")
			.allMatch(messages::containsKey);
	}

	private static String codeArgument(String kind, List<String> arguments) {
		int at = switch (kind) {
			case "StateConflictException", "NotFoundException" -> 0;
			// The field comes first; the refusal of a unique key may come before the
			// code.
			case "AlreadyExistsException" -> (arguments.size() > 2 && !arguments.get(1).startsWith("\"")
					&& !NAME.matcher(arguments.get(1)).matches() && !arguments.get(1).contains("?")) ? 2 : 1;
			default -> 1;
		};
		return (at < arguments.size()) ? arguments.get(at) : "";
	}

	/**
	 * The codes that an argument can be: a literal, a constant, or a choice of two of
	 * them; {@code null} for anything else.
	 */
	private static List<String> codes(String file, String argument, Map<String, String> constants) {
		Matcher choice = CHOICE.matcher(argument);
		if (!argument.startsWith("\"") && choice.matches()) {
			List<String> first = codes(file, choice.group(1), constants);
			List<String> second = codes(file, choice.group(2), constants);
			return (first != null && second != null) ? List.of(first.get(0), second.get(0)) : null;
		}
		if (LITERAL.matcher(argument).matches()) {
			return List.of(argument.substring(1, argument.length() - 1));
		}
		if (NAME.matcher(argument).matches()) {
			String value = constants.getOrDefault(argument, constants.get(file + ":" + argument));
			return (value != null) ? List.of(value) : null;
		}
		return null;
	}

	/**
	 * The top-level arguments of a call whose opening parenthesis ends at {@code from}.
	 */
	private static List<String> arguments(String text, int from) {
		List<String> arguments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\'') {
				int end = i + 1;
				while (text.charAt(end) != c) {
					end += (text.charAt(end) == '\\') ? 2 : 1;
				}
				current.append(text, i, end + 1);
				i = end;
				continue;
			}
			if (depth == 0 && (c == ',' || c == ')')) {
				arguments.add(current.toString().strip());
				current.setLength(0);
				if (c == ')') {
					break;
				}
				continue;
			}
			depth += (c == '(' || c == '{' || c == '[') ? 1 : (c == ')' || c == '}' || c == ']') ? -1 : 0;
			current.append(c);
		}
		return arguments;
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
			messages.load(in);
		}
		return messages;
	}

}
