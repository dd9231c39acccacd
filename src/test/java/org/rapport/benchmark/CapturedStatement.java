package org.rapport.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One SQL statement as the application ran it: its text, whether it was prepared, and the
 * calls that bound its parameters, in order, so that it can be run again exactly.
 *
 * @param sql the statement's text
 * @param prepared whether it ran as a prepared statement
 * @param parameters the setter calls that bound its parameters
 */
record CapturedStatement(String sql, boolean prepared, List<Parameter> parameters) {

	CapturedStatement {
		parameters = List.copyOf(parameters);
	}

	/**
	 * Binds the parameters to a statement prepared from the same text, with the same
	 * setters and values the application used.
	 * @param statement the prepared statement
	 * @throws SQLException when a value cannot be bound
	 */
	void bind(PreparedStatement statement) throws SQLException {
		for (Parameter parameter : this.parameters) {
			try {
				parameter.setter().invoke(statement, parameter.arguments().toArray());
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InvocationTargetException ex) {
				if (ex.getCause() instanceof SQLException failure) {
					throw failure;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}
	}

	/**
	 * Whether the statement names one of the tables, as a whole word.
	 * @param tables table names in lower case
	 * @return {@code true} when it reads or writes at least one of them
	 */
	boolean touchesAny(List<String> tables) {
		String text = this.sql.toLowerCase(Locale.ROOT);
		return tables.stream().anyMatch((table) -> text.matches("(?s).*\\b" + table + "\\b.*"));
	}

	/**
	 * Whether the statement only reads, so that {@code EXPLAIN ANALYZE} may run it.
	 * @return {@code true} for a query
	 */
	boolean isQuery() {
		String text = this.sql.strip().toLowerCase(Locale.ROOT);
		return text.startsWith("select") || text.startsWith("with") || text.startsWith("(");
	}

	/**
	 * One call that bound a parameter, such as {@code setLong(1, 42)}.
	 *
	 * @param setter the {@link PreparedStatement} method
	 * @param arguments its arguments, the parameter index first
	 */
	record Parameter(Method setter, List<Object> arguments) {

		Parameter {
			arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
		}

	}

}
