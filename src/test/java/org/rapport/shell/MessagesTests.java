package org.rapport.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rapport.accounts.Role;
import org.rapport.directory.ImportField;
import org.rapport.directory.ImportStatus;
import org.rapport.directory.Position;
import org.rapport.directory.UnitKind;

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
		for (int sentiment = -2; sentiment <= 2; sentiment++) {
			keys.add("interaction.sentiment." + sentiment);
		}
		Properties messages = messages();
		assertThat(keys).as("message keys built at run time").allMatch(messages::containsKey);
		assertThat(keys).anyMatch((key) -> key.startsWith("report.topic."));
	}

	@Test
	void everyCodeThatServicesRefuseInputWithIsDefined() throws IOException {
		Pattern code = Pattern
			.compile("InvalidInputException\\([^;]*?,\\s*\"([a-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)+)\"");
		Properties messages = messages();
		TreeSet<String> used = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = code.matcher(Files.readString(source));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).as("codes of refused input").contains("text.control", "day.out-of-range");
		assertThat(used).as("codes of refused input missing from messages.properties").allMatch(messages::containsKey);
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
			messages.load(in);
		}
		return messages;
	}

}
