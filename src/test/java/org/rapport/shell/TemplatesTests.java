package org.rapport.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages draw their icons as SVG in the text colour: no template or message holds an emoji
 * or pictographic symbol, whose look depends on the fonts of the reader's system.
 */
class TemplatesTests {

	@Test
	void noTemplateOrMessageHoldsAnEmoji() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/templates")),
				Stream.of(Path.of("src/main/resources/messages.properties")))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					if (lines.get(i).codePoints().anyMatch(TemplatesTests::pictographic)) {
						found.add(file + ":" + (i + 1));
					}
				}
			}
		}
		assertThat(found).as("lines with an emoji or pictographic symbol").isEmpty();
	}

	/**
	 * Emoji and the miscellaneous symbols and dingbats that systems draw as emoji; arrows
	 * such as the one between a relationship's two sides are text.
	 */
	private static boolean pictographic(int codePoint) {
		return (codePoint >= 0x1F000 && codePoint <= 0x1FAFF) || (codePoint >= 0x2600 && codePoint <= 0x27BF);
	}

}
