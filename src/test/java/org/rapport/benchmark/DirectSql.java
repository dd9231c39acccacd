package org.rapport.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs captured statements again over a plain JDBC connection: the physical baseline of a
 * page, the same SQL with the same parameters and every row and column read, without the
 * application around it.
 */
final class DirectSql {

	private final Connection connection;

	DirectSql(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Runs the statements one after the other, reading every value they return.
	 * @param statements what a page ran
	 * @return how many values were read, so that the work cannot be skipped
	 * @throws SQLException when a statement fails
	 */
	long run(List<CapturedStatement> statements) throws SQLException {
		long values = 0;
		for (CapturedStatement captured : statements) {
			if (captured.prepared()) {
				try (PreparedStatement statement = this.connection.prepareStatement(captured.sql())) {
					captured.bind(statement);
					values += readAll(statement, statement.execute());
				}
			}
			else {
				try (Statement statement = this.connection.createStatement()) {
					values += readAll(statement, statement.execute(captured.sql()));
				}
			}
		}
		return values;
	}

	/**
	 * Runs {@code EXPLAIN (ANALYZE, BUFFERS)} on a captured query with its parameters
	 * (PostgreSQL).
	 * @param captured a query
	 * @return the plan, one line an element
	 * @throws SQLException when the query cannot be explained
	 */
	List<String> explain(CapturedStatement captured) throws SQLException {
		List<String> plan = new ArrayList<>();
		try (PreparedStatement statement = this.connection
			.prepareStatement("explain (analyze, buffers) " + captured.sql())) {
			captured.bind(statement);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					plan.add(rows.getString(1));
				}
			}
		}
		return plan;
	}

	private static long readAll(Statement statement, boolean hasRows) throws SQLException {
		long values = 0;
		boolean rows = hasRows;
		while (true) {
			if (rows) {
				try (ResultSet result = statement.getResultSet()) {
					int columns = result.getMetaData().getColumnCount();
					while (result.next()) {
						for (int column = 1; column <= columns; column++) {
							if (result.getObject(column) != null) {
								values++;
							}
						}
					}
				}
			}
			else if (statement.getUpdateCount() == -1) {
				return values;
			}
			rows = statement.getMoreResults();
		}
	}

}
