package org.rapport.notifications;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.rapport.shared.Actor;
import org.rapport.shared.Cursor;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StateConflictException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Email from Rapport. Modules queue emails here in their own transactions, so that an
 * email goes out only when the change it tells of is committed; the job
 * {@code notifications-outbox} sends them later (see {@link Email} for templates).
 * Administrators read the outbox and queue again what failed.
 */
@Service
public class NotificationManagement {

	/** Counts per state stop here, so that years of sent emails cost no full count. */
	public static final int COUNT_CAP = 10_000;

	private final Outbox outbox;

	private final MailTemplates templates;

	private final NotificationSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<JavaMailSender> mailSender;

	NotificationManagement(Outbox outbox, MailTemplates templates, NotificationSettings settings, Clock clock,
			ApplicationEventPublisher events, ObjectProvider<JavaMailSender> mailSender) {
		this.outbox = outbox;
		this.templates = templates;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
		this.mailSender = mailSender;
	}

	/**
	 * Queues emails in the caller's transaction, in batches. An email whose key is queued
	 * already (or was sent) is left alone, so that an email is never queued twice. For
	 * modules, not for callers on the web: it checks no role.
	 * @param emails the emails
	 * @return how many were queued
	 */
	@Transactional
	public int queue(Collection<Email> emails) {
		if (emails.isEmpty()) {
			return 0;
		}
		return this.outbox.insert(emails, LocalDateTime.now(this.clock));
	}

	/**
	 * How far a wave of emails has got.
	 * @param wave the wave
	 * @return its counts per state, all 0 for a wave without emails
	 * @throws InvalidInputException naming {@code wave} when it is no wave's name: empty,
	 * too long or holding control characters
	 */
	@Transactional(readOnly = true)
	public WaveProgress progress(String wave) {
		Map<OutboxState, Long> counts = this.outbox.waveCounts(checkedWave(wave));
		return new WaveProgress(wave, counts.get(OutboxState.QUEUED), counts.get(OutboxState.SENDING),
				counts.get(OutboxState.SENT), counts.get(OutboxState.FAILED), counts.get(OutboxState.INTERRUPTED),
				counts.get(OutboxState.NOT_SENT));
	}

	/**
	 * The outbox, newest first.
	 * @param state only emails in this state, or {@code null} for all
	 * @param wave only emails of this wave, or {@code null} for all
	 * @param after the cursor of the page before, or {@code null}
	 * @param size the page size, 1 to 200, 50 when {@code null}
	 * @return one page
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public KeysetPage<OutboxEntry> outbox(OutboxState state, String wave, String after, Integer size) {
		Cursor cursor = Cursor.decode(after);
		int limit = Cursor.pageSize(size);
		String waveFilter = (wave == null || wave.isBlank()) ? null : checkedWave(wave.strip());
		List<OutboxEntry> entries = this.outbox.entries(state, waveFilter, (cursor != null) ? cursor.id() : null,
				limit + 1);
		return KeysetPage.of(entries, limit, (entry) -> new Cursor("email", entry.id()));
	}

	/**
	 * How many emails are in each state, each counted up to {@link #COUNT_CAP}.
	 * @return the counts, in the order of the states
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Map<OutboxState, Long> counts() {
		return this.outbox.counts(COUNT_CAP);
	}

	/**
	 * One email of the outbox.
	 * @param id the entry
	 * @return the entry
	 * @throws NotFoundException when there is none
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public OutboxEntry entry(long id) {
		return this.outbox.entry(id).orElseThrow(() -> new NotFoundException("Email", id));
	}

	/**
	 * An email rendered as it is (or would be) sent, rendered now from its template and
	 * arguments.
	 * @param id the entry
	 * @return the subject, text and HTML, or why it cannot be rendered
	 * @throws NotFoundException when there is none
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public OutboxPreview preview(long id) {
		OutboxEntry entry = entry(id);
		try {
			MailTemplates.Rendered rendered = this.templates.render(entry.template(), entry.recipient(),
					entry.recipientName(), this.outbox.arguments(id));
			return new OutboxPreview(entry, this.settings.from(), rendered.subject(), rendered.text(), rendered.html(),
					null);
		}
		catch (MailTemplates.RenderingException ex) {
			return new OutboxPreview(entry, this.settings.from(), null, null, null, ex.getMessage());
		}
	}

	/**
	 * Queues an email again, deliberately, that failed, was interrupted mid-send (and so
	 * may have gone out) or was not sent for want of a mail server. Its attempts start
	 * again from 0.
	 * @param id the entry
	 * @return the entry as queued
	 * @throws NotFoundException when there is none
	 * @throws StateConflictException when it is queued, being sent or sent
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public OutboxEntry resend(long id) {
		OutboxEntry entry = entry(id);
		if (!entry.resendable() || !this.outbox.requeue(id, entry.state(), LocalDateTime.now(this.clock))) {
			throw new StateConflictException("outbox.resend-state", entry.state().name());
		}
		this.events
			.publishEvent(new EmailResent(id, entry.key(), entry.state(), Actor.current(), this.clock.instant()));
		return entry(id);
	}

	/**
	 * Queues again every email that was not sent for want of a mail server, once one is
	 * configured: of one wave, or all of them. Failed and interrupted emails are sent
	 * again one by one, after a look at why.
	 * @param wave only this wave's emails, or {@code null} for all
	 * @return how many were queued again
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public int resendNotSent(String wave) {
		String waveFilter = (wave == null || wave.isBlank()) ? null : checkedWave(wave.strip());
		int queued = this.outbox.requeueNotSent(waveFilter, LocalDateTime.now(this.clock));
		if (queued > 0) {
			this.events
				.publishEvent(new NotSentEmailsResent(waveFilter, queued, Actor.current(), this.clock.instant()));
		}
		return queued;
	}

	private static String checkedWave(String wave) {
		// PostgreSQL cannot compare text holding NUL; no wave holds a control character.
		if (wave == null || wave.isEmpty() || wave.length() > Email.WAVE_MAX
				|| wave.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInputException("wave", "outbox.wave-invalid", Email.WAVE_MAX);
		}
		return wave;
	}

	/**
	 * Whether emails go out: a mail server is configured.
	 * @return whether {@code spring.mail.host} is set
	 */
	public boolean sending() {
		return this.mailSender.getIfAvailable() != null;
	}

}
