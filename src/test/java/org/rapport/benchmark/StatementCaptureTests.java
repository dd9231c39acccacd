package org.rapport.benchmark;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capture on an in-memory H2 database: it counts what runs while it records, keeps
 * the parameters, and the statements it kept run again directly with the same results.
 */
class StatementCaptureTests {

	private final StatementCapture capture = new StatementCapture();

	private DataSource plain;

	private JdbcClient jdbc;

	@BeforeEach
	void database() {
		this.plain = new DriverManagerDataSource("jdbc:h2:mem:capture" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		this.jdbc = JdbcClient.create(this.capture.wrap(this.plain));
		this.jdbc
			.sql("create table interactions_interaction (id bigint primary key, relationship_id bigint, "
					+ "summary varchar(100))")
			.update();
		for (int i = 1; i <= 6; i++) {
			this.jdbc.sql("insert into interactions_interaction values (:id, :relationship, :summary)")
				.param("id", i)
				.param("relationship", (i % 2) + 1)
				.param("summary", "Touchpoint " + i)
				.update();
		}
	}

	@Test
	void countsEveryStatementRunWhileRecordingAndNothingBeforeOrAfter() {
		this.jdbc.sql("select count(*) from interactions_interaction").query(Long.class).single();

		this.capture.start();
		this.jdbc.sql("select id from interactions_interaction where relationship_id = :r order by id")
			.param("r", 2)
			.query(Long.class)
			.list();
		this.jdbc.sql("select summary from interactions_interaction where id in (:ids)")
			.param("ids", List.of(1L, 3L))
			.query(String.class)
			.list();
		new JdbcTemplate(this.capture.wrap(this.plain)).queryForList("select id from interactions_interaction");
		List<CapturedStatement> statements = this.capture.stop();
		this.jdbc.sql("select count(*) from interactions_interaction").query(Long.class).single();

		assertThat(statements).extracting(CapturedStatement::sql)
			.containsExactly("select id from interactions_interaction where relationship_id = ? order by id",
					"select summary from interactions_interaction where id in (?, ?)",
					"select id from interactions_interaction");
		assertThat(statements).extracting(CapturedStatement::prepared).containsExactly(true, true, false);
		assertThat(statements.get(1).parameters()).extracting((parameter) -> parameter.arguments().get(1))
			.containsExactly(1L, 3L);
	}

	@Test
	void countsEachSetOfABatchAsOneStatement() {
		this.capture.start();
		this.jdbc.sql("update interactions_interaction set summary = 'Seen' where id = 1").update();
		new JdbcTemplate(this.capture.wrap(this.plain)).batchUpdate(
				"update interactions_interaction set summary = ? where id = ?",
				List.of(new Object[] { "One", 1L }, new Object[] { "Two", 2L }, new Object[] { "Three", 3L }));

		assertThat(this.capture.stop()).hasSize(4);
	}

	@Test
	void runsTheCapturedStatementsAgainDirectlyWithTheirParameters() throws Exception {
		this.capture.start();
		this.jdbc.sql("select id, summary from interactions_interaction where relationship_id = :r")
			.param("r", 1)
			.query((rs, n) -> rs.getString(2))
			.list();
		List<CapturedStatement> statements = this.capture.stop();

		try (Connection connection = this.plain.getConnection()) {
			// Three rows of relationship 1, two values each.
			assertThat(new DirectSql(connection).run(statements)).isEqualTo(6);
		}
	}

}
