package org.rapport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A local port nothing listens on, for a test's own server (GreenMail, a second node) or
 * for a server that is meant to be unreachable.
 */
public final class FreePort {

	private FreePort() {
	}

	/**
	 * A port that was free a moment ago.
	 * @return the port
	 */
	public static int next() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
