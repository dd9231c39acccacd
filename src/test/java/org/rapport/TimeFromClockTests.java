package org.rapport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production code takes the time from the injected {@code Clock}, so that tests and the
 * demo can move it.
 */
class TimeFromClockTests {

	private static final Pattern NOW = Pattern.compile(
			"\\b(LocalDate|LocalDateTime|LocalTime|Instant|OffsetDateTime|ZonedDateTime|Year|YearMonth)\\.now\\(\\s*\\)");

	@Test
	void productionCodeTakesTheTimeFromTheInjectedClock() throws IOException {
		List<String> calls = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).sorted().toList()) {
				Matcher now = NOW.matcher(Files.readString(file));
				while (now.find()) {
					calls.add(file + ": " + now.group());
				}
			}
		}
		assertThat(calls).isEmpty();
	}

}
