package org.rapport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Wraps the application's data source and notes each connection that a request thread
 * takes while it holds another, with the Rapport code that took it. Such a request works
 * alone and in small numbers, and stalls the whole server once as many arrive together as
 * the pool has connections: each holds one and waits for another (docs/adr/003).
 * {@code @Import} it into a test that runs requests over HTTP and check {@link #drain()}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class WatchedConnections implements BeanPostProcessor {

	private final List<String> seconds = new ArrayList<>();

	private final ThreadLocal<Integer> open = ThreadLocal.withInitial(() -> 0);

	/**
	 * The second connections taken since the last call, each as the thread and the
	 * Rapport frames that took it.
	 * @return what was noted, which is then forgotten
	 */
	public synchronized List<String> drain() {
		List<String> noted = List.copyOf(this.seconds);
		this.seconds.clear();
		return noted;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
			return new DelegatingDataSource(dataSource) {
				@Override
				public Connection getConnection() throws SQLException {
					return watch(super.getConnection());
				}
			};
		}
		return bean;
	}

	private Connection watch(Connection connection) {
		if (!Thread.currentThread().getName().startsWith("http-")) {
			return connection;
		}
		if (this.open.get() > 0) {
			noteSecond();
		}
		this.open.set(this.open.get() + 1);
		AtomicBoolean closed = new AtomicBoolean();
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("close") && closed.compareAndSet(false, true)) {
						this.open.set(this.open.get() - 1);
					}
					try {
						return method.invoke(connection, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	private synchronized void noteSecond() {
		this.seconds.add(Thread.currentThread().getName() + " at "
				+ StackWalker.getInstance()
					.walk((frames) -> frames.map(Object::toString)
						.filter((frame) -> frame.startsWith("org.rapport")
								&& !frame.startsWith(WatchedConnections.class.getName()))
						.limit(8)
						.toList()));
	}

}
