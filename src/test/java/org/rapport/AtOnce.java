package org.rapport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs one action on several threads released at the same moment, as a race between users
 * would, for tests of what holds under concurrency.
 */
public final class AtOnce {

	private AtOnce() {
	}

	/**
	 * Runs the action on as many threads, all released at once.
	 * @param threads how many
	 * @param action what each does
	 * @return what each returned, or the runtime exception it threw, in the threads'
	 * order
	 * @throws Exception when a thread does not finish within a minute
	 */
	public static List<Object> run(int threads, Callable<?> action) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CyclicBarrier start = new CyclicBarrier(threads);
			List<Future<Object>> runs = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					try {
						return action.call();
					}
					catch (RuntimeException ex) {
						return ex;
					}
				}));
			}
			List<Object> results = new ArrayList<>();
			for (Future<Object> run : runs) {
				results.add(run.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
