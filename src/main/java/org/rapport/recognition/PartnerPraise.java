package org.rapport.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.rapport.shared.LinkTokens;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;
import org.rapport.surveys.PraiseTarget;
import org.rapport.surveys.SurveyManagement;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Praise from partners: a business stakeholder or vendor contact thanks the IT side of
 * their relationship (its owner, or its IT group) through the link of a survey they were
 * sent, without an account. Opening the link changes nothing, as mail scanners fetch
 * links; only sending the form records praise, once per link, until
 * {@code rapport.recognition.praise-days} (30) after the survey closes. Praise is marked
 * as a partner's on the feed and carries the partner's name only when they sign it.
 */
@Service
@Transactional(readOnly = true)
public class PartnerPraise {

	private final SurveyManagement surveys;

	private final KudosRepository kudos;

	private final KudosRules rules;

	private final JdbcClient jdbc;

	private final RecognitionSettings settings;

	private final Nominations nominations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PartnerPraise(SurveyManagement surveys, KudosRepository kudos, KudosRules rules, JdbcClient jdbc,
			RecognitionSettings settings, Nominations nominations, ApplicationEventPublisher events, Clock clock) {
		this.nominations = nominations;
		this.surveys = surveys;
		this.kudos = kudos;
		this.rules = rules;
		this.jdbc = jdbc;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What a praise link opens. Reading it changes nothing.
	 * @param token the token from the link
	 * @return whom it may praise and whether it may, empty for a link Rapport did not
	 * send or one about no relationship
	 */
	@PreAuthorize("permitAll()")
	public Optional<PraiseLink> link(String token) {
		return this.surveys.praiseTarget(token).map((target) -> link(token, target));
	}

	/**
	 * Records a partner's praise, once per link, while the link is open.
	 * @param token the token from the link
	 * @param draft the praise
	 * @return the link as it now opens: sent
	 * @throws org.rapport.shared.NotFoundException when the link is not one Rapport sent
	 * @throws StateConflictException when praise was sent through the link already
	 * ({@code recognition.praise.sent}) or its time has passed
	 * ({@code recognition.praise.expired})
	 * @throws InvalidInputException naming {@code recipient} (not the relationship's
	 * owner or IT group), {@code values} or {@code message}; nothing is stored
	 */
	@PreAuthorize("permitAll()")
	@Transactional
	public PraiseLink praise(String token, PraiseDraft draft) {
		PraiseTarget target = this.surveys.praiseTarget(token)
			.orElseThrow(() -> new org.rapport.shared.NotFoundException("Praise link", "?"));
		PraiseLink link = link(token, target);
		if (link.state() == PraiseLink.State.SENT) {
			throw new StateConflictException("recognition.praise.sent");
		}
		if (link.state() == PraiseLink.State.EXPIRED) {
			throw new StateConflictException("recognition.praise.expired", link.openUntil());
		}
		String recipient = (draft.recipient() != null) ? draft.recipient().strip() : "";
		if (link.choices().stream().noneMatch((choice) -> choice.key().equals(recipient))) {
			throw new InvalidInputException("recipient", "recognition.praise.recipient");
		}
		List<String> values = this.rules.values(draft.values());
		String message = KudosRules.message(draft.message());
		boolean team = recipient.startsWith("team-");
		Kudos praise = this.kudos.save(Kudos.praise(draft.signed() ? target.partnerName() : null,
				target.counterpartId(), target.relationshipId(), team ? null : target.ownerId(),
				team ? target.itGroupId() : null, values, message, LocalDateTime.now(this.clock)));
		try {
			this.jdbc.sql("insert into recognition_praise_link (link_hash, kudos_id) values (:hash, :kudos)")
				.param("hash", hash(token))
				.param("kudos", praise.getId())
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Sent twice at once: the other send won, and this one stores nothing.
			throw new StateConflictException("recognition.praise.sent");
		}
		if (draft.nominate() != null && !draft.nominate().isBlank()) {
			if (team) {
				throw new InvalidInputException("nominate", "recognition.praise.nominateTeam");
			}
			this.nominations.nominateForPartner(draft.nominate().strip(), target.ownerId(),
					draft.signed() ? target.partnerName() : null, target.counterpartId(), message);
		}
		this.events.publishEvent(new PartnerPraised(praise.getId(), target.relationshipId(), praise.getRecipientId(),
				praise.getRecipientUnitId(), values, praise.getGivenOn()));
		return new PraiseLink(PraiseLink.State.SENT, link.counterpartName(), link.partnerName(), link.choices(),
				link.values(), link.awards(), link.openUntil());
	}

	/**
	 * Records praise a partner sent earlier, for the demo organisation's history. No page
	 * or API calls it; partners praise through {@link #praise}, whose checks of values
	 * and message apply.
	 * @param relationshipId the relationship the partner is on
	 * @param counterpartId the partner's unit
	 * @param recipientId the person praised, or {@code null} for the team
	 * @param recipientUnitId the IT group praised, or {@code null} for a person
	 * @param partnerName the partner's name when signed, or {@code null}
	 * @param values the values
	 * @param message what they did
	 * @param at when
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void recordEarlier(long relationshipId, long counterpartId, Long recipientId, Long recipientUnitId,
			String partnerName, List<String> values, String message, LocalDateTime at) {
		List<String> checked = this.rules.values(values);
		Kudos praise = this.kudos.save(Kudos.praise(partnerName, counterpartId, relationshipId, recipientId,
				recipientUnitId, checked, KudosRules.message(message), at));
		this.events.publishEvent(new PartnerPraised(praise.getId(), relationshipId, recipientId, recipientUnitId,
				checked, praise.getGivenOn()));
	}

	private PraiseLink link(String token, PraiseTarget target) {
		LocalDate openUntil = target.closesOn().plusDays(this.settings.praiseDays());
		boolean sent = this.jdbc.sql("select count(*) from recognition_praise_link where link_hash = :hash")
			.param("hash", hash(token))
			.query(Long.class)
			.single() > 0;
		PraiseLink.State state = sent ? PraiseLink.State.SENT
				: LocalDate.now(this.clock).isAfter(openUntil) ? PraiseLink.State.EXPIRED : PraiseLink.State.OPEN;
		return new PraiseLink(state, target.counterpartName(), target.partnerName(),
				List.of(new PraiseLink.Choice("person-" + target.ownerId(), target.ownerName(), false),
						new PraiseLink.Choice("team-" + target.itGroupId(), target.itGroupName(), true)),
				this.rules.values(), this.nominations.awards(), openUntil);
	}

	/**
	 * The key a link is kept under once praise went through it: a hash of the token that
	 * differs from the one the surveys module keeps.
	 */
	static String hash(String token) {
		return LinkTokens.hash("rapport-praise:" + token);
	}

}
