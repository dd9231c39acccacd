package org.rapport.surveys;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapport.notifications.NotificationManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.shared.Actor;
import org.rapport.shared.CsvFile;
import org.rapport.shared.Cursor;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surveys' API: the templates, campaigns prepared from them and launched to their
 * audience, and the respondents' side of an invitation link. The head of relationship
 * management (and the other roles that steer the portfolio) runs campaigns; respondents
 * need no account, only the link, whose survey is shown without changing anything and
 * answered once.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SurveyManagement {

	/** The longest campaign name. */
	public static final int NAME_MAX = 200;

	private static final String CAMPAIGN_COLUMNS = """
			select c.id, t.template_key, t.name as template_name, c.name, c.channel, c.state, c.opens_on,
			       c.closes_on, c.minimum_responses, c.comment_minimum, c.reminder_days, c.reach, c.launched_at,
			       c.version,
			       (select count(*) from surveys_invitation i where i.campaign_id = c.id) as invitations,
			       (select count(*) from surveys_response r where r.campaign_id = c.id) as responses
			from surveys_campaign c
			join surveys_template t on t.id = c.template_id
			""";

	private final CampaignRepository campaigns;

	private final TemplateQueries templates;

	private final Invitations invitations;

	private final RelationshipManagement relationships;

	private final Responses responses;

	private final Results results;

	private final ResponseImports imports;

	private final TemplateCopies copies;

	private final Closing closing;

	private final NotificationManagement notifications;

	private final InvitationEmails emails;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SurveyManagement(CampaignRepository campaigns, TemplateQueries templates, Invitations invitations,
			RelationshipManagement relationships, Responses responses, Results results, ResponseImports imports,
			TemplateCopies copies, Closing closing, NotificationManagement notifications, InvitationEmails emails,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.campaigns = campaigns;
		this.templates = templates;
		this.invitations = invitations;
		this.relationships = relationships;
		this.responses = responses;
		this.results = results;
		this.imports = imports;
		this.copies = copies;
		this.closing = closing;
		this.notifications = notifications;
		this.emails = emails;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The templates, those shipped with Rapport first.
	 * @return the templates with their questions
	 */
	public List<SurveyTemplateSummary> templates() {
		return this.templates.all();
	}

	/**
	 * A template by its key.
	 * @param key such as {@code relationship-pulse}
	 * @return the template
	 * @throws NotFoundException when no template has the key
	 */
	public SurveyTemplateSummary template(String key) {
		return this.templates.byKey(key).orElseThrow(() -> new NotFoundException("survey-template", key));
	}

	/**
	 * Makes an editable copy of a template, with all its questions.
	 * @param key the template to copy, shipped or a copy
	 * @param name the copy's name; its key is made from it
	 * @return the copy
	 * @throws NotFoundException when no template has the key
	 * @throws InvalidInputException naming {@code name} when it is missing or too long
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public SurveyTemplateSummary copyTemplate(String key, String name) {
		SurveyTemplateSummary source = template(key);
		String copy = this.copies.copy(source, name, this.clock.instant());
		this.events.publishEvent(new TemplateCopied(copy, source.key(), Actor.current(), this.clock.instant()));
		return template(copy);
	}

	/**
	 * Whether a template's figures need a question, so that a copy rewords it but keeps
	 * it: the recommendation score, the service quality items, the maturity levels and
	 * the rated dimensions.
	 * @param question the question
	 * @return whether a copy may not remove it
	 */
	public static boolean carriesFigures(QuestionSummary question) {
		return TemplateCopies.carriesFigures(question);
	}

	/**
	 * Changes an organisation's copy of a template: its name, description and questions.
	 * @param key the copy
	 * @param change how it should be
	 * @param version the version the caller saw, or {@code null}
	 * @return the copy as changed
	 * @throws NotFoundException when no template has the key
	 * @throws StateConflictException when it is shipped with Rapport
	 * ({@code error.template.shipped}) or a campaign was launched or recorded from it
	 * ({@code error.template.in-use}): copy it again to change it
	 * @throws InvalidInputException naming the field that breaks a rule, such as
	 * {@code questions[2].text}; nothing is changed
	 * @throws StaleVersionException when it changed since that version
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public SurveyTemplateSummary changeTemplate(String key, TemplateChange change, Long version) {
		this.jdbc.sql("select id from surveys_template where template_key = :key for update")
			.param("key", key)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("survey-template", key));
		this.copies.change(template(key), change, version);
		this.events.publishEvent(new TemplateChanged(key, Actor.current(), this.clock.instant()));
		return template(key);
	}

	/**
	 * The campaigns, the newest first.
	 * @param after the cursor of the page before, {@code null} for the first
	 * @param size how many, 1 to 200 (50 when {@code null})
	 * @return the page and the cursor of the next
	 */
	@PreAuthorize("@roleGroups.overseesPortfolio()")
	public KeysetPage<CampaignSummary> campaigns(String after, Integer size) {
		int pageSize = Cursor.pageSize(size);
		Cursor cursor = Cursor.decode(after);
		Map<String, Object> params = new HashMap<>();
		params.put("limit", pageSize + 1);
		String seek = "";
		if (cursor != null) {
			seek = "where c.id < :after";
			params.put("after", cursor.id());
		}
		List<CampaignSummary> rows = this.jdbc.sql(CAMPAIGN_COLUMNS + seek + """

				order by c.id desc
				limit :limit
				""").params(params).query((rs, n) -> summary(rs)).list();
		return KeysetPage.of(withRelationships(rows), pageSize, (row) -> new Cursor("", row.id()));
	}

	/**
	 * A campaign.
	 * @param id the campaign
	 * @return the campaign with its counts
	 * @throws NotFoundException when there is no such campaign
	 */
	@PreAuthorize("@roleGroups.overseesPortfolio()")
	public CampaignSummary campaign(long id) {
		return this.jdbc.sql(CAMPAIGN_COLUMNS + "where c.id = :id")
			.param("id", id)
			.query((rs, n) -> summary(rs))
			.optional()
			.map((campaign) -> withRelationships(List.of(campaign)).get(0))
			.orElseThrow(() -> new NotFoundException("campaign", id));
	}

	/**
	 * Prepares a campaign from a template. Nothing is sent until it is launched.
	 * @param draft the campaign
	 * @return the prepared campaign
	 * @throws InvalidInputException naming the field that breaks a rule: a template that
	 * does not exist, a name missing or too long, no channel, no relationships or one
	 * that does not exist or has ended, a closing day before the opening day or in the
	 * past, a threshold below {@value CampaignDraft#FLOOR}, a reminder day outside the
	 * campaign
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public CampaignSummary create(CampaignDraft draft) {
		LocalDate today = LocalDate.now(this.clock);
		SurveyTemplateSummary template = (draft.templateKey() == null) ? null
				: this.templates.byKey(draft.templateKey()).orElse(null);
		if (template == null) {
			throw new InvalidInputException("templateKey", "error.campaign.template", draft.templateKey());
		}
		String name = (draft.name() != null) ? draft.name().strip() : "";
		if (name.isEmpty() || name.length() > NAME_MAX) {
			throw new InvalidInputException("name", "error.campaign.name", NAME_MAX);
		}
		if (draft.channel() == null) {
			throw new InvalidInputException("channel", "error.campaign.channel");
		}
		Set<Long> relationshipIds = new LinkedHashSet<>(
				(draft.relationshipIds() != null) ? draft.relationshipIds() : List.of());
		if (relationshipIds.isEmpty()) {
			throw new InvalidInputException("relationshipIds", "error.campaign.relationships");
		}
		for (long relationshipId : relationshipIds) {
			try {
				this.relationships.requireActive(relationshipId);
			}
			catch (RuntimeException ex) {
				throw new InvalidInputException("relationshipIds", "error.campaign.relationship", relationshipId);
			}
		}
		LocalDate opensOn = (draft.opensOn() != null) ? draft.opensOn() : today;
		if (opensOn.isBefore(today)) {
			throw new InvalidInputException("opensOn", "error.campaign.opens-on");
		}
		if (draft.closesOn() == null || draft.closesOn().isBefore(opensOn)) {
			throw new InvalidInputException("closesOn", "error.campaign.closes-on");
		}
		int minimum = threshold(draft.minimumResponses(), "minimumResponses");
		int commentMinimum = threshold(draft.commentMinimum(), "commentMinimum");
		List<Integer> reminders = (draft.reminderDays() != null) ? draft.reminderDays() : List.of();
		long days = ChronoUnit.DAYS.between(opensOn, draft.closesOn());
		for (Integer day : reminders) {
			if (day == null || day < 1 || opensOn.plusDays(day).isAfter(draft.closesOn())) {
				throw new InvalidInputException("reminderDays", "error.campaign.reminder-days", days);
			}
		}
		Instant now = this.clock.instant();
		Campaign campaign = this.campaigns.save(Campaign.prepare(template.id(), name, draft.channel(), relationshipIds,
				opensOn, draft.closesOn(), minimum, commentMinimum, reminders,
				(draft.reach() != null) ? draft.reach() : Reach.STAKEHOLDERS, Actor.current(), now));
		this.events
			.publishEvent(new CampaignCreated(campaign.getId(), template.key(), draft.channel(), Actor.current(), now));
		return campaign(campaign.getId());
	}

	private static int threshold(Integer given, String field) {
		int value = (given != null) ? given : CampaignDraft.DEFAULT_MINIMUM;
		if (value < CampaignDraft.FLOOR || value > 1000) {
			throw new InvalidInputException(field, "error.campaign.threshold", CampaignDraft.FLOOR);
		}
		return value;
	}

	/**
	 * Launches a prepared campaign: one invitation per recipient and relationship, each
	 * with its own link. Launching twice, or two launches at once, invite once.
	 * @param id the campaign
	 * @param version the version the caller saw, or {@code null}
	 * @return the launch: the campaign, its invitations and the recipients left out
	 * @throws StateConflictException when it was launched before
	 * @throws InvalidInputException naming {@code relationshipIds} when its relationships
	 * have no one to invite
	 * @throws StaleVersionException when the campaign changed since that version
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public Launch launch(long id, Long version) {
		Campaign campaign = locked(id);
		StaleVersionException.check("Campaign", id, version, campaign.getVersion());
		SurveyTemplateSummary template = this.templates.byId(campaign.getTemplateId()).orElseThrow();
		Instant now = this.clock.instant();
		campaign.launch(now);
		List<Invitations.Recipient> audience = this.invitations.audience(template.audience(), campaign.getReach(),
				campaign.relationshipIds());
		List<Invitations.Recipient> reachable = new ArrayList<>();
		List<String> withoutEmail = new ArrayList<>();
		for (Invitations.Recipient recipient : audience) {
			if (recipient.email() == null || recipient.email().isBlank()) {
				withoutEmail.add(recipient.name());
			}
			else {
				reachable.add(recipient);
			}
		}
		if (reachable.isEmpty()) {
			throw new InvalidInputException("relationshipIds", "error.campaign.no-recipients");
		}
		this.campaigns.save(campaign);
		List<Invitations.Issued> issued = this.invitations.issue(id, reachable, now);
		this.notifications.queue(issued.stream().map((one) -> this.emails.invitation(campaign, one)).toList());
		this.events.publishEvent(new CampaignLaunched(id, issued.size(), Actor.current(), now));
		return new Launch(campaign(id), issued.size(), withoutEmail.stream().distinct().toList());
	}

	/**
	 * What the columns of a file imported into a campaign can be mapped to.
	 * @param id the campaign
	 * @return the targets: its template's questions, then what responses are grouped by
	 * @throws NotFoundException when there is no such campaign
	 */
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public List<ImportTarget> importTargets(long id) {
		Campaign campaign = this.campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
		return ResponseImports.targets(this.templates.byId(campaign.getTemplateId()).orElseThrow(),
				campaign.getChannel());
	}

	/**
	 * Imports past results from a CSV file into a campaign that was never launched, which
	 * is then recorded as held over the days of its responses and measures its
	 * relationships' perception like a campaign that closed. Rows that break the rules of
	 * an answer are listed and left out; the others are stored together.
	 * @param id the campaign
	 * @param version the version the caller saw, or {@code null}
	 * @param content the file, UTF-8 CSV with a header row
	 * @param mapping the header of each target: question keys (a service quality item's
	 * {@code .minimum} and {@code .desired} columns beside its own),
	 * {@code relationship}, {@code segment}, {@code answeredOn} and, for a review,
	 * {@code respondent}
	 * @param answeredOn the day of rows without a day of their own, today when
	 * {@code null}
	 * @return the import: the campaign, how many were stored and the rows left out
	 * @throws StateConflictException when the campaign was launched or recorded before
	 * @throws InvalidInputException naming {@code file} when it is not readable CSV or no
	 * row could be imported, {@code mapping} when the columns do not match the template
	 * or the file, {@code answeredOn} when it is after today; nothing is stored
	 * @throws StaleVersionException when the campaign changed since that version
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public ResponseImport importResponses(long id, Long version, byte[] content, Map<String, String> mapping,
			LocalDate answeredOn) {
		Campaign campaign = locked(id);
		StaleVersionException.check("Campaign", id, version, campaign.getVersion());
		if (campaign.getState() != CampaignState.DRAFT) {
			throw new StateConflictException("error.campaign.import-launched", campaign.getName());
		}
		SurveyTemplateSummary template = this.templates.byId(campaign.getTemplateId()).orElseThrow();
		LocalDate today = LocalDate.now(this.clock);
		if (answeredOn != null && answeredOn.isAfter(today)) {
			throw new InvalidInputException("answeredOn", "error.survey.import.future");
		}
		CsvFile file = CsvFile.parse(CsvFile.decode(content));
		Map<String, Integer> columns = ResponseImports.columns(template, campaign.getChannel(), file.headers(),
				(mapping != null) ? mapping : Map.of());
		List<ResponseImports.Surveyed> surveyed = campaign.relationshipIds().stream().sorted().map((relationship) -> {
			RelationshipSummary summary = this.relationships.relationship(relationship);
			return new ResponseImports.Surveyed(summary.id(), summary.counterpartId(), summary.counterpartName());
		}).toList();
		ResponseImports.Read read = this.imports.read(template, file, columns, surveyed,
				(answeredOn != null) ? answeredOn : today, today);
		if (read.rows().isEmpty()) {
			throw new InvalidInputException("file", "error.survey.import.no-rows",
					read.rejected().isEmpty() ? "" : read.rejected().get(0).reason());
		}
		this.imports.write(id, read.rows());
		LocalDate from = read.rows().stream().map(ResponseImports.Row::answeredOn).min(LocalDate::compareTo).get();
		LocalDate to = read.rows().stream().map(ResponseImports.Row::answeredOn).max(LocalDate::compareTo).get();
		this.closing.record(campaign, from, to, Actor.current());
		this.events.publishEvent(new ResponsesImported(id, read.rows().size(), read.rejected().size(), Actor.current(),
				this.clock.instant()));
		return new ResponseImport(campaign(id), read.rows().size(), read.rejected());
	}

	/**
	 * The waves of a template: its launched or recorded campaigns, oldest first (the
	 * twelve latest), each with its whole recommendation score where its responses reach
	 * its minimum.
	 * @param templateKey the template
	 * @return the waves
	 */
	@PreAuthorize("@roleGroups.overseesPortfolio()")
	public List<Wave> waves(String templateKey) {
		List<Long> ids = this.jdbc.sql("""
				select c.id from surveys_campaign c join surveys_template t on t.id = c.template_id
				where t.template_key = :key and c.state <> 'DRAFT'
				order by c.opens_on desc, c.id desc
				limit 12
				""").param("key", templateKey).query(Long.class).list();
		List<Wave> waves = new ArrayList<>();
		for (long id : ids) {
			Campaign campaign = this.campaigns.findById(id).orElseThrow();
			SurveyTemplateSummary template = this.templates.byId(campaign.getTemplateId()).orElseThrow();
			SurveyResults whole = this.results.results(campaign, template, Results.Request.of(null, null), null);
			waves.add(new Wave(id, campaign.getName(), (campaign.getLaunchedAt() != null)
					? LocalDate.ofInstant(campaign.getLaunchedAt(), this.clock.getZone()) : campaign.getOpensOn(),
					whole.responses(), whole.suppressed(), (whole.nps() != null) ? whole.nps().score() : null));
		}
		waves.sort(java.util.Comparator.comparing(Wave::heldOn).thenComparing(Wave::campaignId));
		return waves;
	}

	/**
	 * Closes an open campaign before its last day: its links stop taking answers, and
	 * what it measured of each relationship's perception goes into their health.
	 * @param id the campaign
	 * @param version the version the caller saw, or {@code null}
	 * @return the closed campaign
	 * @throws StateConflictException when it is not open
	 * @throws StaleVersionException when the campaign changed since that version
	 */
	@Transactional
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public CampaignSummary close(long id, Long version) {
		Campaign campaign = locked(id);
		StaleVersionException.check("Campaign", id, version, campaign.getVersion());
		this.closing.close(campaign, Actor.current());
		return campaign(id);
	}

	/**
	 * The caller's own invitations that are not answered while their campaign takes
	 * answers, the campaign closing soonest first. Only the caller's person is asked
	 * about, so no one learns from it whether someone else has answered.
	 * @return at most 100 invitations; none for an account without a person
	 */
	public List<OpenInvitation> myOpenInvitations() {
		Long person = this.relationships.viewer().personId();
		if (person == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select i.id, c.id as campaign_id, c.name, u.name as counterpart_name, c.closes_on,
				       (select max(t.issued_at) from surveys_invitation_token t where t.invitation_id = i.id)
				         as last_emailed_at
				from surveys_invitation i
				join surveys_campaign c on c.id = i.campaign_id
				left join directory_unit_name u on u.id = i.unit_id
				where i.person_id = :person and not i.used
				  and c.state = 'OPEN' and c.opens_on <= :today and c.closes_on >= :today
				order by c.closes_on, c.id, i.id
				limit 100
				""").param("person", person).param("today", LocalDate.now(this.clock)).query((rs, n) -> {
			Timestamp emailed = rs.getTimestamp("last_emailed_at");
			return new OpenInvitation(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("name"),
					rs.getString("counterpart_name"), rs.getDate("closes_on").toLocalDate(),
					(emailed != null) ? LocalDate.ofInstant(emailed.toInstant(), this.clock.getZone()) : null);
		}).list();
	}

	/**
	 * The outbox wave of a campaign's emails, whose progress its page shows.
	 * @param campaignId the campaign
	 * @return the wave's name
	 */
	public static String wave(long campaignId) {
		return "campaign-" + campaignId;
	}

	/**
	 * The campaign's row, locked for the rest of the transaction so that two launches of
	 * one campaign run one after the other: the second finds it launched.
	 */
	private Campaign locked(long id) {
		Optional<Long> row = this.jdbc.sql("select id from surveys_campaign where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.optional();
		return row.flatMap(this.campaigns::findById).orElseThrow(() -> new NotFoundException("campaign", id));
	}

	/**
	 * A campaign's results, whole and by group, under its anonymity rules. In an
	 * anonymous pulse what each caller is shown is remembered for a while, and results
	 * that would single out fewer respondents than the campaign's minimum beside what the
	 * caller saw recently are refused.
	 * @param id the campaign
	 * @param groupBy {@code relationship}, {@code unit}, {@code segment}, {@code owner}
	 * (the IT person who owns each relationship), {@code itGroup} (the IT group
	 * accountable for it) or {@code none} (the default)
	 * @param filter {@code relationship:<id>} or {@code unit:<id>} to narrow the
	 * responses, or {@code null}
	 * @return the results
	 * @throws InvalidInputException naming {@code groupBy} or {@code filter} when they
	 * are not ones Rapport knows
	 * @throws DisclosureRefusedException when the results would single out too few
	 * respondents beside what the caller saw
	 */
	@Transactional
	@PreAuthorize("@roleGroups.overseesPortfolio()")
	public SurveyResults results(long id, String groupBy, String filter) {
		Results.Request request = Results.Request.of(groupBy, filter);
		Campaign campaign = this.campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
		SurveyTemplateSummary template = this.templates.byId(campaign.getTemplateId()).orElseThrow();
		return this.results.results(campaign, template, request, Actor.current());
	}

	/**
	 * A mirror campaign beside its partners' view: the latest closed service quality
	 * campaign that surveyed any of the same relationships. Both sides are read under
	 * their own anonymity rules, so a dimension or relationship shows only where both do.
	 * @param id the mirror campaign
	 * @return the comparison, empty when the campaign is not a mirror survey or no
	 * partners' campaign compares with it
	 * @throws NotFoundException when there is no such campaign
	 * @throws DisclosureRefusedException when either side would single out too few
	 * respondents beside what the caller saw
	 */
	@Transactional
	@PreAuthorize("@roleGroups.overseesPortfolio()")
	public Optional<MirrorComparison> mirror(long id) {
		Campaign mirror = this.campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
		SurveyTemplateSummary template = this.templates.byId(mirror.getTemplateId()).orElseThrow();
		if (template.kind() != TemplateKind.MIRROR || mirror.getState() == CampaignState.DRAFT
				|| mirror.relationshipIds().isEmpty()) {
			return Optional.empty();
		}
		Optional<Campaign> partners = this.jdbc.sql("""
				select c.id from surveys_campaign c join surveys_template t on t.id = c.template_id
				where t.kind = 'SERVICE_QUALITY' and c.state = 'CLOSED'
				  and exists (select 1 from surveys_campaign_relationship r
				              where r.campaign_id = c.id and r.relationship_id in (:relationships))
				order by c.closes_on desc, c.id desc
				limit 1
				""")
			.param("relationships", mirror.relationshipIds())
			.query(Long.class)
			.optional()
			.flatMap(this.campaigns::findById);
		if (partners.isEmpty()) {
			return Optional.empty();
		}
		Results.Request byRelationship = Results.Request.of("relationship", null);
		SurveyResults self = this.results.results(mirror, template, byRelationship, Actor.current());
		SurveyResults others = this.results.results(partners.get(),
				this.templates.byId(partners.get().getTemplateId()).orElseThrow(), byRelationship, Actor.current());
		Map<String, SurveyResults.Figures> theirs = new HashMap<>();
		others.groups()
			.stream()
			.filter((group) -> group.figures() != null)
			.forEach((group) -> theirs.put(group.key(), group.figures()));
		List<MirrorComparison.Group> groups = new ArrayList<>();
		for (SurveyResults.Group group : self.groups()) {
			SurveyResults.Figures other = theirs.get(group.key());
			if (group.figures() != null && other != null && !group.key().equals("none")) {
				List<MirrorComparison.Gap> gaps = mirrorGaps(group.figures(), other);
				if (!gaps.isEmpty()) {
					groups.add(new MirrorComparison.Group(group.key(), group.label(), gaps));
				}
			}
		}
		return Optional.of(new MirrorComparison(partners.get().getId(), partners.get().getName(),
				(self.figures() != null && others.figures() != null) ? mirrorGaps(self.figures(), others.figures())
						: List.of(),
				groups));
	}

	private static List<MirrorComparison.Gap> mirrorGaps(SurveyResults.Figures self, SurveyResults.Figures partners) {
		Map<ServqualDimension, SurveyFigures.Mean> itSelf = new java.util.EnumMap<>(ServqualDimension.class);
		Map<ServqualDimension, SurveyFigures.Mean> perceived = new java.util.EnumMap<>(ServqualDimension.class);
		for (ServqualDimension dimension : ServqualDimension.values()) {
			SurveyResults.Mean mean = self.ratedDimensions().get(dimension.name());
			if (mean != null) {
				itSelf.put(dimension, new SurveyFigures.Mean(mean.count(), mean.value()));
			}
			SurveyResults.Gaps gaps = partners.dimensions().get(dimension.name());
			if (gaps != null && gaps.perceived() != null) {
				perceived.put(dimension, new SurveyFigures.Mean(gaps.consistent(), gaps.perceived()));
			}
		}
		return SurveyFigures.mirrorGaps(itSelf, perceived)
			.entrySet()
			.stream()
			.map((entry) -> new MirrorComparison.Gap(entry.getKey().name(), entry.getValue().itSelf().value(),
					entry.getValue().partners().value(), entry.getValue().gap()))
			.toList();
	}

	/**
	 * What a respondent's link opens. Reading it changes nothing, as mail scanners fetch
	 * links before people click them.
	 * @param token the token from the link
	 * @return the survey, or that it was answered or has closed
	 * @throws SurveyLinkException when the token is not one Rapport issued
	 */
	@PreAuthorize("permitAll()")
	public RespondentSurvey survey(String token) {
		Responses.Invitation invitation = this.responses.invitation(token, false).orElseThrow(SurveyLinkException::new);
		return survey(invitation, this.campaigns.findById(invitation.campaignId()).orElseThrow());
	}

	private RespondentSurvey survey(Responses.Invitation invitation, Campaign campaign) {
		RespondentSurvey.State state = !campaign.takesAnswersOn(LocalDate.now(this.clock))
				? RespondentSurvey.State.CLOSED
				: invitation.used() ? RespondentSurvey.State.ANSWERED : RespondentSurvey.State.OPEN;
		return new RespondentSurvey(campaign.getName(), campaign.getChannel(), state, campaign.getClosesOn(),
				invitation.counterpartName(),
				(campaign.getChannel() == Channel.REVIEW) ? invitation.personName() : null,
				this.templates.byId(campaign.getTemplateId()).orElseThrow());
	}

	/**
	 * Whom a respondent's link lets its partner praise: the IT side of the relationship
	 * the invitation asks about. Reading it changes nothing.
	 * @param token the token from the link
	 * @return the relationship's IT side, empty for a token Rapport did not issue or an
	 * invitation about no relationship
	 */
	@PreAuthorize("permitAll()")
	public Optional<PraiseTarget> praiseTarget(String token) {
		return this.responses.invitation(token, false)
			.filter((invitation) -> invitation.relationshipId() != null)
			.flatMap((invitation) -> this.jdbc.sql("""
					select r.id, r.counterpart_id, c.name as counterpart_name, r.it_group_id, g.name as group_name,
					       r.owner_id, o.name as owner_name, m.closes_on
					from relationships_portfolio r
					join directory_unit_name c on c.id = r.counterpart_id
					join directory_unit_name g on g.id = r.it_group_id
					join directory_person_contact o on o.id = r.owner_id
					join surveys_campaign m on m.id = :campaign
					where r.id = :relationship
					""")
				.param("campaign", invitation.campaignId())
				.param("relationship", invitation.relationshipId())
				.query((rs, n) -> new PraiseTarget(rs.getLong("id"), rs.getLong("counterpart_id"),
						rs.getString("counterpart_name"), invitation.personName(), rs.getLong("it_group_id"),
						rs.getString("group_name"), rs.getLong("owner_id"), rs.getString("owner_name"),
						rs.getObject("closes_on", LocalDate.class)))
				.optional());
	}

	/**
	 * Records a respondent's answers, once per link, while the campaign takes answers.
	 * @param token the token from the link
	 * @param answers the answers by question key
	 * @return the survey as the link now opens it: answered
	 * @throws SurveyLinkException when the token is not one Rapport issued
	 * @throws StateConflictException when the link was used already
	 * ({@code error.survey.answered}) or the campaign does not take answers
	 * ({@code error.survey.closed})
	 * @throws InvalidInputException naming the question whose answer breaks a rule;
	 * nothing is stored
	 */
	@Transactional
	@PreAuthorize("permitAll()")
	public RespondentSurvey respond(String token, Map<String, Answer> answers) {
		Responses.Invitation invitation = this.responses.invitation(token, true).orElseThrow(SurveyLinkException::new);
		Campaign campaign = this.campaigns.findById(invitation.campaignId()).orElseThrow();
		LocalDate today = LocalDate.now(this.clock);
		if (!campaign.takesAnswersOn(today)) {
			throw new StateConflictException("error.survey.closed", campaign.getName());
		}
		if (invitation.used()) {
			throw new StateConflictException("error.survey.answered", campaign.getName());
		}
		SurveyTemplateSummary template = this.templates.byId(campaign.getTemplateId()).orElseThrow();
		this.responses.record(invitation, campaign.getChannel(), Answers.check(template, answers), today);
		this.events.publishEvent(new SurveyAnswered(campaign.getId(), invitation.relationshipId()));
		return survey(this.responses.invitation(token, false).orElseThrow(), campaign);
	}

	/**
	 * A campaign's row, its relationships still to be read ({@link #withRelationships}).
	 */
	private static CampaignSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
		java.sql.Timestamp launched = rs.getTimestamp("launched_at");
		return new CampaignSummary(rs.getLong("id"), rs.getString("template_key"), rs.getString("template_name"),
				rs.getString("name"), Channel.valueOf(rs.getString("channel")),
				CampaignState.valueOf(rs.getString("state")), rs.getObject("opens_on", LocalDate.class),
				rs.getObject("closes_on", LocalDate.class), rs.getInt("minimum_responses"),
				rs.getInt("comment_minimum"), Campaign.reminderDays(rs.getString("reminder_days")), List.of(),
				rs.getLong("invitations"), rs.getLong("responses"), (launched != null) ? launched.toInstant() : null,
				rs.getLong("version"), Reach.valueOf(rs.getString("reach")));
	}

	/**
	 * The campaigns with the relationships each surveys, read in one query for a page.
	 */
	private List<CampaignSummary> withRelationships(List<CampaignSummary> campaigns) {
		if (campaigns.isEmpty()) {
			return campaigns;
		}
		Map<Long, List<Long>> relationships = new HashMap<>();
		this.jdbc.sql("""
				select campaign_id, relationship_id from surveys_campaign_relationship
				where campaign_id in (:ids) order by relationship_id
				""").param("ids", campaigns.stream().map(CampaignSummary::id).toList()).query((rs) -> {
			relationships.computeIfAbsent(rs.getLong("campaign_id"), (campaign) -> new ArrayList<>())
				.add(rs.getLong("relationship_id"));
		});
		return campaigns.stream()
			.map((c) -> new CampaignSummary(c.id(), c.templateKey(), c.templateName(), c.name(), c.channel(), c.state(),
					c.opensOn(), c.closesOn(), c.minimumResponses(), c.commentMinimum(), c.reminderDays(),
					List.copyOf(relationships.getOrDefault(c.id(), List.of())), c.invitations(), c.responses(),
					c.launchedAt(), c.version(), c.reach()))
			.toList();
	}

	/**
	 * A launch's outcome.
	 *
	 * @param campaign the campaign, now open
	 * @param invited how many invitations were written
	 * @param withoutEmail the names of those left out for want of an email address
	 */
	public record Launch(CampaignSummary campaign, int invited, List<String> withoutEmail) {
	}

}
