package org.rapport.notifications;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A mail server that speaks just enough SMTP to refuse every recipient with a reply the
 * test chooses, such as {@code 550 5.1.1 ... User unknown} or {@code 451 4.3.0 Try again
 * later}, so that JavaMail reports a refusal exactly as it does for a real server.
 */
final class RefusingSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final Thread acceptor;

	private volatile String recipientReply = "550 5.1.1 Recipient address rejected: User unknown";

	RefusingSmtpServer() {
		try {
			this.socket = new ServerSocket(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.acceptor = new Thread(this::accept, "refusing-smtp");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	int port() {
		return this.socket.getLocalPort();
	}

	void answerRecipientsWith(String reply) {
		this.recipientReply = reply;
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try {
				Socket client = this.socket.accept();
				Thread session = new Thread(() -> converse(client), "refusing-smtp-session");
				session.setDaemon(true);
				session.start();
			}
			catch (SocketException ex) {
				return;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private void converse(Socket client) {
		try (client;
				BufferedReader in = new BufferedReader(
						new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
				PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
			reply(out, "220 refusing.test ESMTP");
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase(Locale.ROOT);
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					reply(out, "250 refusing.test");
				}
				else if (command.startsWith("MAIL FROM") || command.startsWith("RSET") || command.startsWith("NOOP")) {
					reply(out, "250 2.0.0 OK");
				}
				else if (command.startsWith("RCPT TO")) {
					reply(out, this.recipientReply.replace("<to>", line.substring(line.indexOf('<'))));
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 2.0.0 Bye");
					return;
				}
				else {
					reply(out, "503 5.5.1 Bad sequence of commands");
				}
			}
		}
		catch (IOException ex) {
			// The client hung up.
		}
	}

	private static void reply(PrintWriter out, String line) {
		out.print(line + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
