package org.rapport.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code an import stores renders from {@code messages.properties}, plurals and lists
 * included.
 */
class ImportMessagesTests {

	private static final Pattern CODE = Pattern.compile("\"(directory\\.import\\.[a-z.-]+)\"");

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void everyCodeInTheImportSourcesIsDefined() throws IOException {
		TreeSet<String> codes = new TreeSet<>();
		try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/rapport/directory"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = CODE.matcher(Files.readString(source));
				while (matcher.find()) {
					String code = matcher.group(1);
					if (code.endsWith(".")) {
						codes.addAll(expand(code));
					}
					else {
						codes.add(code);
					}
				}
			}
		}
		assertThat(codes).contains("directory.import.row.no-key", "directory.import.note.units-created.VENDOR",
				"directory.import.note.manager-not-found.employee-id");
		assertThat(codes).allSatisfy(
				(code) -> assertThat(this.messages.getMessage(code, null, null, Locale.ENGLISH)).as(code).isNotNull());
	}

	@Test
	void rendersPluralsAndTheRestOfALongList() {
		assertThat(render("directory.import.note.units-created.IT_GROUP", 1, "IT/IS", 0))
			.isEqualTo("Created 1 IT group: IT/IS.");
		assertThat(render("directory.import.note.units-created.BUSINESS_UNIT", 27, "A, B", 2))
			.isEqualTo("Created 27 business units: A, B and 2 more.");
		assertThat(render("directory.import.note.manager-blank-id", 1L, "Webster Butler", "ManagerID"))
			.isEqualTo("1 row names the manager \"Webster Butler\" but leave ManagerID blank; "
					+ "Rapport looked the manager up by name.");
		assertThat(render("directory.import.note.manager-not-found.name", "Michael Albert", 22L))
			.startsWith("Manager \"Michael Albert\" is not in the directory: 22 people keep no manager");
	}

	@Test
	void writesRowNumbersWithoutGrouping() {
		assertThat(render("directory.import.row.employee-id-repeated", 12345, "7", 10001L))
			.isEqualTo("Row 12345 employee id 7 already appears on row 10001.");
	}

	@Test
	void showsWhatWasStoredBeforeCodesAsItWas() {
		assertThat(render("directory.import.row.recorded", 3, "Row 3 has no name in column Name.", 0))
			.isEqualTo("Row 3 has no name in column Name.");
		assertThat(render("directory.import.note.recorded", "It's \"quoted\" {0}")).isEqualTo("It's \"quoted\" {0}");
	}

	private String render(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.ENGLISH);
	}

	private static TreeSet<String> expand(String prefix) {
		TreeSet<String> codes = new TreeSet<>();
		if (prefix.endsWith("units-created.")) {
			for (UnitKind kind : UnitKind.values()) {
				codes.add(prefix + kind);
			}
		}
		else if (prefix.endsWith("manager-not-found.")) {
			for (String kind : new String[] { "name", "email", "employee-id" }) {
				codes.add(prefix + kind);
			}
		}
		else {
			codes.add(prefix);
		}
		return codes;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
