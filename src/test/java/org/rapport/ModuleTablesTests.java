package org.rapport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's SQL names only its own tables, and the views of other modules that list it
 * as a reader in docs/adr/004. Tables and views belong to the module whose noun starts
 * their name.
 */
class ModuleTablesTests {

	private static final Path SOURCES = Path.of("src/main/java/org/rapport");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path ADR = Path.of("docs/adr/004-database-views-between-modules.md");

	private static final Pattern CREATE = Pattern
		.compile("(?i)create\\s+(table|view)\\s+([a-z0-9_]+)(?:\\s+as\\s+(.*?);)?", Pattern.DOTALL);

	private static final Pattern VIEW_ROW = Pattern
		.compile("^\\|\\s*`([a-z0-9_]+)`\\s*\\|\\s*([a-z]+)\\s*\\|([^|]*)\\|", Pattern.MULTILINE);

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");

	private static final Pattern NAME = Pattern.compile("\\b[a-z][a-z0-9]*_[a-z0-9_]+\\b");

	private final List<String> modules = modules();

	private final Map<String, String> tables = new TreeMap<>();

	private final Map<String, String> views = new TreeMap<>();

	private final Map<String, String> viewBodies = new HashMap<>();

	ModuleTablesTests() {
		for (String sql : migrations()) {
			Matcher create = CREATE.matcher(sql);
			while (create.find()) {
				String name = create.group(2).toLowerCase();
				String owner = owner(name);
				if (owner == null) {
					continue;
				}
				if (create.group(1).equalsIgnoreCase("view")) {
					this.views.put(name, owner);
					this.viewBodies.put(name, create.group(3));
				}
				else {
					this.tables.put(name, owner);
				}
			}
		}
	}

	@Test
	void modulesNameOnlyTheirOwnTablesAndTheViewsTheyAreListedFor() throws IOException {
		Map<String, Set<String>> readers = readers();
		List<String> violations = new ArrayList<>();
		for (String module : this.modules) {
			try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".java")).sorted().toList()) {
					for (String name : namesInSql(Files.readString(file))) {
						String owner = this.tables.containsKey(name) ? this.tables.get(name) : this.views.get(name);
						if (owner == null || owner.equals(module)) {
							continue;
						}
						if (this.tables.containsKey(name)) {
							violations.add(file + " names the table " + name + " of " + owner);
						}
						else if (!readers.getOrDefault(name, Set.of()).contains(module)) {
							violations.add(file + " reads the view " + name + " of " + owner + ", which does not list "
									+ module + " as a reader in " + ADR);
						}
					}
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void viewsSelectOnlyFromTheirOwnersTables() {
		assertThat(this.views).isNotEmpty();
		List<String> violations = new ArrayList<>();
		this.views.forEach((view, owner) -> {
			Matcher name = NAME.matcher(this.viewBodies.get(view));
			while (name.find()) {
				String table = name.group();
				String other = this.tables.containsKey(table) ? this.tables.get(table) : this.views.get(table);
				if (other != null && !other.equals(owner)) {
					violations.add(view + " of " + owner + " selects from " + table + " of " + other);
				}
			}
		});
		assertThat(violations).isEmpty();
	}

	@Test
	void documentsEveryViewWithItsOwner() throws IOException {
		Map<String, String> documented = new TreeMap<>();
		Matcher row = VIEW_ROW.matcher(Files.readString(ADR));
		while (row.find()) {
			documented.put(row.group(1), row.group(2));
		}
		assertThat(documented).isEqualTo(this.views);
	}

	@Test
	void findsATableOfAnotherModuleInATextBlock() {
		String source = "class X { String sql = \"\"\"\n select * from relationships_relationship r\n \"\"\"; }";
		assertThat(namesInSql(source)).contains("relationships_relationship");
		assertThat(this.tables).containsEntry("relationships_relationship", "relationships");
		assertThat(this.tables).containsEntry("notification_email", "notifications");
	}

	private Set<String> namesInSql(String source) {
		Set<String> names = new LinkedHashSet<>();
		Matcher block = TEXT_BLOCK.matcher(source);
		StringBuilder rest = new StringBuilder();
		int end = 0;
		while (block.find()) {
			collect(block.group(1), names);
			rest.append(source, end, block.start());
			end = block.end();
		}
		rest.append(source.substring(end));
		Matcher string = STRING.matcher(rest);
		while (string.find()) {
			collect(string.group(1), names);
		}
		return names;
	}

	private void collect(String sql, Set<String> names) {
		Matcher name = NAME.matcher(sql);
		while (name.find()) {
			if (this.tables.containsKey(name.group()) || this.views.containsKey(name.group())) {
				names.add(name.group());
			}
		}
	}

	private Map<String, Set<String>> readers() throws IOException {
		Map<String, Set<String>> readers = new HashMap<>();
		Matcher row = VIEW_ROW.matcher(Files.readString(ADR));
		while (row.find()) {
			Set<String> modules = new LinkedHashSet<>();
			for (String reader : row.group(3).split(",")) {
				modules.add(reader.strip());
			}
			readers.put(row.group(1), modules);
		}
		return readers;
	}

	private String owner(String name) {
		// The longest module noun that starts the name owns it, in the plural or the
		// singular (notification_email of notifications).
		return this.modules.stream()
			.filter((module) -> name.startsWith(module + "_")
					|| (module.endsWith("s") && name.startsWith(module.substring(0, module.length() - 1) + "_")))
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
	}

	private static List<String> modules() {
		try (Stream<Path> children = Files.list(SOURCES)) {
			return children.filter(Files::isDirectory).map((dir) -> dir.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> migrations() {
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			return files.filter((f) -> f.toString().endsWith(".sql")).sorted().map((f) -> {
				try {
					return Files.readString(f);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
