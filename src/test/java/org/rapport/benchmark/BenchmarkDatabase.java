package org.rapport.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PostgreSQL database a benchmark runs in, set up before the application starts: the
 * database made when missing, the schema dropped when a run asks for a fresh one, and the
 * application pointed at them through system properties that are given back when the
 * benchmark ends.
 */
final class BenchmarkDatabase {

	private static final Map<String, String> previous = new LinkedHashMap<>();

	private BenchmarkDatabase() {
	}

	/**
	 * The server, {@code rapport.benchmark.postgres}.
	 * @return its JDBC address without a database
	 */
	static String server() {
		return System.getProperty("rapport.benchmark.postgres", "jdbc:postgresql://127.0.0.1:5432/");
	}

	/**
	 * Makes the database when missing, and skips the benchmark when PostgreSQL is not
	 * there.
	 * @param database the database
	 * @param benchmark the benchmark's name, for the message of a skip
	 */
	static void create(String database, String benchmark) {
		try (Connection connection = DriverManager.getConnection(server() + "postgres", "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet exists = statement
					.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
			if (!exists.next()) {
				statement.execute("create database " + database);
			}
		}
		catch (SQLException ex) {
			assumeTrue(false, "The " + benchmark + " needs PostgreSQL at " + server() + ": " + ex.getMessage());
		}
	}

	/**
	 * Drops what an earlier run left in a schema.
	 * @param database the database
	 * @param schema the schema
	 * @throws SQLException when it cannot be dropped
	 */
	static void dropSchema(String database, String schema) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server() + database, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
	}

	/**
	 * Points the application at a schema of the database.
	 * @param database the database
	 * @param schema the schema
	 */
	static void use(String database, String schema) {
		remember("rapport.test.postgres", server() + database);
		remember("rapport.test.postgres.schema", schema);
	}

	/**
	 * Sets a system property for the run, to be given back by {@link #restore()}.
	 * @param key the property
	 * @param value its value for the run
	 */
	static void remember(String key, String value) {
		previous.putIfAbsent(key, System.getProperty(key));
		System.setProperty(key, value);
	}

	/**
	 * Gives back the system properties the run set.
	 */
	static void restore() {
		previous.forEach((key, value) -> {
			if (value == null) {
				System.clearProperty(key);
			}
			else {
				System.setProperty(key, value);
			}
		});
		previous.clear();
	}

}
