package org.rapport.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real JavaMail sender to a test SMTP server that can be told to fail as mail servers
 * and nodes do: a server that cannot be reached, a recipient refused for good, or a node
 * that dies in the middle of a send.
 */
class TestMailSender extends JavaMailSenderImpl {

	/** How the next sends go. */
	enum Mode {

		/** To the test server. */
		DELIVER,
		/** To a port where nothing listens: a transient failure. */
		UNREACHABLE,
		/** The server refuses the recipient with 550: a permanent failure. */
		REJECT,
		/** The message is handed over, then the node dies before it hears back. */
		DIE

	}

	private final IntSupplier serverPort;

	private final int closedPort;

	private volatile Mode mode = Mode.DELIVER;

	final AtomicInteger handedOver = new AtomicInteger();

	TestMailSender(IntSupplier serverPort) {
		this.serverPort = serverPort;
		this.closedPort = closedPort();
		setHost("127.0.0.1");
		setDefaultEncoding("UTF-8");
		setJavaMailProperties(new java.util.Properties());
		getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		getJavaMailProperties().put("mail.smtp.timeout", "5000");
	}

	void mode(Mode mode) {
		this.mode = mode;
	}

	@Override
	protected void doSend(MimeMessage[] messages, Object[] originals) throws MailException {
		this.handedOver.addAndGet(messages.length);
		switch (this.mode) {
			case DELIVER -> {
				setPort(this.serverPort.getAsInt());
				super.doSend(messages, originals);
			}
			case UNREACHABLE -> {
				setPort(this.closedPort);
				super.doSend(messages, originals);
			}
			case REJECT -> {
				try {
					InternetAddress to = (InternetAddress) messages[0].getAllRecipients()[0];
					// As Angus reports a refused RCPT TO: the reply in the next
					// exception.
					SendFailedException refused = new SendFailedException("Invalid Addresses",
							new SMTPAddressFailedException(to, "RCPT TO:<" + to.getAddress() + ">", 550,
									"550 5.1.1 <" + to.getAddress() + ">: Recipient address rejected: User unknown"));
					throw new MailSendException(Map.of(messages[0], refused));
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}
			case DIE -> throw new IllegalStateException("The node died while the mail server had the message");
		}
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
