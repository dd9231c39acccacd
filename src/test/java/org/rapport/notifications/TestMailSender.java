package org.rapport.notifications;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import jakarta.mail.internet.MimeMessage;
import org.rapport.FreePort;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real JavaMail sender to a test SMTP server that can be told to fail as mail servers
 * and nodes do: a server that cannot be reached, a server that refuses the recipient, or
 * a node that dies in the middle of a send.
 */
class TestMailSender extends JavaMailSenderImpl {

	/** How the next sends go. */
	enum Mode {

		/** To the test server. */
		DELIVER,
		/** To a port where nothing listens: a transient failure. */
		UNREACHABLE,
		/** To a server that refuses every recipient with the reply it is given. */
		REFUSING_SERVER,
		/** The message is handed over, then the node dies before it hears back. */
		DIE

	}

	private final IntSupplier serverPort;

	private final IntSupplier refusingPort;

	private final int closedPort;

	private volatile Mode mode = Mode.DELIVER;

	final AtomicInteger handedOver = new AtomicInteger();

	TestMailSender(IntSupplier serverPort, IntSupplier refusingPort) {
		this.serverPort = serverPort;
		this.refusingPort = refusingPort;
		this.closedPort = FreePort.next();
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
			case REFUSING_SERVER -> {
				setPort(this.refusingPort.getAsInt());
				super.doSend(messages, originals);
			}
			case DIE -> throw new IllegalStateException("The node died while the mail server had the message");
		}
	}

}
