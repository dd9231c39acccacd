package org.rapport.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent throughput, measured as {@code wrk} measures it: a number of clients each
 * sending one request after another for a while, counting the answers.
 */
final class Throughput {

	private Throughput() {
	}

	/**
	 * Requests per second that a number of clients get, each repeating a request until
	 * the time is up.
	 * @param clients how many clients at once
	 * @param duration for how long
	 * @param request one request, answering its HTTP status
	 * @return the answers per second
	 * @throws IllegalStateException naming the status when an answer is not 200
	 */
	static double perSecond(int clients, Duration duration, Callable<Integer> request) throws Exception {
		AtomicLong answered = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			long start = System.nanoTime();
			long end = start + duration.toNanos();
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				running.add(pool.submit(() -> {
					while (System.nanoTime() < end) {
						int status = request.call();
						if (status != 200) {
							throw new IllegalStateException("answered " + status);
						}
						answered.incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> client : running) {
				client.get();
			}
			return answered.get() / (Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
