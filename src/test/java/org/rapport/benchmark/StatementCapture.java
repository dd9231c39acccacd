package org.rapport.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.StatementType;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Records every SQL statement that runs through a data source while recording is on, with
 * its parameters, so that the benchmark can count the queries a page runs and run the
 * same statements directly. Off, it only passes statements through.
 */
final class StatementCapture implements QueryExecutionListener {

	private final List<CapturedStatement> recorded = new ArrayList<>();

	private volatile boolean recording;

	/**
	 * Wraps a data source so that its statements pass through this capture.
	 * @param dataSource the application's data source
	 * @return the data source to use in its place
	 */
	DataSource wrap(DataSource dataSource) {
		return ProxyDataSourceBuilder.create("captured", dataSource).listener(this).build();
	}

	/**
	 * Forgets what was recorded and records from now on.
	 */
	synchronized void start() {
		this.recorded.clear();
		this.recording = true;
	}

	/**
	 * Stops recording.
	 * @return the statements recorded since {@link #start()}, in the order they ran
	 */
	synchronized List<CapturedStatement> stop() {
		this.recording = false;
		return List.copyOf(this.recorded);
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		if (!this.recording) {
			return;
		}
		boolean prepared = execution.getStatementType() != StatementType.STATEMENT;
		List<CapturedStatement> statements = new ArrayList<>();
		for (QueryInfo query : queries) {
			List<List<ParameterSetOperation>> batches = query.getParametersList();
			if (batches.isEmpty()) {
				statements.add(new CapturedStatement(query.getQuery(), prepared, List.of()));
			}
			// A batch runs the statement once for each set of parameters.
			for (List<ParameterSetOperation> operations : batches) {
				statements.add(new CapturedStatement(query.getQuery(), prepared,
						operations.stream()
							.map((operation) -> new CapturedStatement.Parameter(operation.getMethod(),
									Arrays.asList(operation.getArgs())))
							.toList()));
			}
		}
		synchronized (this) {
			if (this.recording) {
				this.recorded.addAll(statements);
			}
		}
	}

}
