package org.rapport.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.demo.DemoOrganisation.Person;
import org.rapport.demo.DemoOrganisation.Unit;
import org.rapport.directory.DirectoryFacts;
import org.rapport.directory.DirectoryImports;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.ImportField;
import org.rapport.directory.ImportReport;
import org.rapport.shared.ImportStatus;
import org.rapport.directory.OrgUnitDraft;
import org.rapport.directory.OrgUnitSummary;
import org.rapport.directory.Position;
import org.rapport.directory.UnitKind;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.development.Coaching;
import org.rapport.development.DevelopmentPlans;
import org.rapport.development.FeedbackRounds;
import org.rapport.development.Mentoring;
import org.rapport.development.Trainings;
import org.rapport.health.HealthManagement;
import org.rapport.insight.InsightManagement;
import org.rapport.insight.InsightReports;
import org.rapport.insight.Period;
import org.rapport.interactions.InteractionManagement;
import org.rapport.recognition.Goals;
import org.rapport.recognition.Nominations;
import org.rapport.recognition.PartnerPraise;
import org.rapport.recognition.RecognitionManagement;
import org.rapport.recognition.Scorecards;
import org.rapport.relationships.RelationshipFilter;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.servicemetrics.IncidentImports;
import org.rapport.servicemetrics.ServiceMetrics;
import org.rapport.surveys.SurveyManagement;
import org.rapport.shared.KeysetPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Loads the demo organisation into an empty directory at start, when
 * {@code rapport.demo.enabled} is set: the units of the tree first, then everyone in one
 * batched CSV import, then the CIO and the head of relationship management, the demo
 * accounts, the relationship portfolio, a year of surveys and two years of incidents. A
 * directory that already has people is left alone, so a restart changes nothing.
 */
@Component
@Order(DemoLoader.ORDER)
@EnableConfigurationProperties(DemoSettings.class)
class DemoLoader implements ApplicationRunner {

	/**
	 * After the first administrator is created, before ordinary runners.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	static final String FILE_NAME = "demo-organisation.csv";

	static final List<String> HEADERS = List.of("employee_id", "name", "email", "title", "unit", "unit_kind", "in_it",
			"manager_employee_id");

	private static final Logger logger = LoggerFactory.getLogger(DemoLoader.class);

	private static final int PAGE = 200;

	/** The quarters whose executive reports the demo keeps. */
	private static final int KEPT_REPORTS = 4;

	private final DemoSettings settings;

	private final DirectoryManagement directory;

	private final DirectoryImports imports;

	private final AccountManagement accounts;

	private final Environment environment;

	private final RelationshipManagement relationships;

	private final InteractionManagement interactions;

	private final CommitmentManagement commitments;

	private final Clock clock;

	private final HealthManagement health;

	private final SurveyManagement surveys;

	private final IncidentImports incidents;

	private final ServiceMetrics serviceMetrics;

	private final InsightManagement insight;

	private final InsightReports reports;

	private final RecognitionManagement recognition;

	private final Nominations nominations;

	private final Scorecards scorecards;

	private final PartnerPraise praise;

	private final Goals goals;

	private final FeedbackRounds feedback;

	private final DevelopmentPlans plans;

	private final UserDetailsService users;

	private final Mentoring mentoring;

	private final Trainings trainings;

	private final Coaching coaching;

	DemoLoader(DemoSettings settings, DirectoryManagement directory, DirectoryImports imports,
			AccountManagement accounts, RelationshipManagement relationships, InteractionManagement interactions,
			CommitmentManagement commitments, HealthManagement health, SurveyManagement surveys,
			IncidentImports incidents, ServiceMetrics serviceMetrics, InsightManagement insight, InsightReports reports,
			RecognitionManagement recognition, Nominations nominations, Scorecards scorecards, PartnerPraise praise,
			Goals goals, FeedbackRounds feedback, DevelopmentPlans plans, UserDetailsService users, Mentoring mentoring,
			Trainings trainings, Coaching coaching, Environment environment, Clock clock) {
		this.feedback = feedback;
		this.coaching = coaching;
		this.plans = plans;
		this.users = users;
		this.mentoring = mentoring;
		this.trainings = trainings;
		this.praise = praise;
		this.goals = goals;
		this.recognition = recognition;
		this.nominations = nominations;
		this.scorecards = scorecards;
		this.insight = insight;
		this.reports = reports;
		this.incidents = incidents;
		this.serviceMetrics = serviceMetrics;
		this.commitments = commitments;
		this.surveys = surveys;
		this.health = health;
		this.clock = clock;
		this.relationships = relationships;
		this.interactions = interactions;
		this.settings = settings;
		this.environment = environment;
		this.directory = directory;
		this.imports = imports;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.settings.enabled()) {
			return;
		}
		if (this.environment.matchesProfiles("prod")) {
			logger.warn("rapport.demo.enabled is ignored with the prod profile: no demo organisation is loaded");
			return;
		}
		// The directory and accounts check roles: act as the system administrator,
		// briefly.
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
				List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
		SecurityContextHolder.setContext(system);
		try {
			if (this.directory.facts().people() == 0) {
				load();
			}
		}
		finally {
			SecurityContextHolder.clearContext();
			if (previous.getAuthentication() != null) {
				SecurityContextHolder.setContext(previous);
			}
		}
	}

	private void load() {
		long started = System.nanoTime();
		DemoOrganisation organisation = DemoOrganisation.generate(this.settings.seed(), this.settings.people());
		createUnits(organisation);
		ImportReport report = this.imports.importNow(FILE_NAME, csv(organisation), mapping(), Set.of());
		if (report.status() != ImportStatus.DONE || !report.rejected().isEmpty()) {
			throw new IllegalStateException("The demo organisation did not import cleanly: " + report);
		}
		long cio = personId(organisation.cio());
		long head = personId(organisation.headOfRelationshipManagement());
		this.directory.assignPosition(Position.CIO, cio, false);
		this.directory.assignPosition(Position.HEAD_OF_RELATIONSHIP_MANAGEMENT, head, true);
		this.accounts.createDemoAccount("admin", null, Role.ADMIN);
		this.accounts.createDemoAccount("cio", cio, Role.CIO);
		this.accounts.createDemoAccount("brm", head, Role.RELATIONSHIP_MANAGER);
		this.accounts.createDemoAccount("lead", personId(organisation.itLeader()), Role.IT_LEADER);
		this.accounts.createDemoAccount("staff", personId(organisation.itStaff()), Role.IT_STAFF);
		Map<String, Long> units = existingUnits();
		int relationshipCount = new DemoPortfolio(organisation, this.settings.seed()).load(this.relationships,
				this.interactions, this.commitments, LocalDate.now(this.clock), (name) -> units.get(key(name)),
				this::personId);
		Set<String> doubting = new DemoSurveys(this.settings.seed(), LocalDate.now(this.clock)).load(this.surveys,
				this.relationships, (id) -> this.directory.person(id).email());
		int incidentCount = new DemoServiceMetrics(this.settings.seed(), LocalDate.now(this.clock)).load(this.incidents,
				this.serviceMetrics, organisation, doubting, (name) -> units.get(key(name)));
		// Half a year of weekly health from the two years of record, so that trends show.
		this.health.backfill(26);
		this.health.recomputeAll();
		DemoRecognition demoRecognition = new DemoRecognition(this.settings.seed(), LocalDate.now(this.clock));
		int kudos = demoRecognition.load(this.recognition, organisation, this::personId) + demoRecognition.praise(
				this.praise, this.relationships.relationships(RelationshipFilter.none(), null, 200).items(), doubting);
		demoRecognition.awards(this.nominations, this.scorecards, organisation, this::personId);
		demoRecognition.goals(this.goals, organisation, this::personId, (name) -> units.get(key(name)));
		demoRecognition.earlierGoals(this.goals, this.scorecards, organisation, this::personId,
				(name) -> units.get(key(name)));
		new DemoFeedback(this.settings.seed(), LocalDate.now(this.clock)).load(this.feedback, organisation,
				this::personId);
		int pairs = new DemoMentoring(this.settings.seed(), LocalDate.now(this.clock)).load(this.mentoring,
				organisation, this::personId);
		new DemoTrainings(this.settings.seed(), LocalDate.now(this.clock)).load(this.trainings, organisation,
				this::personId);
		as("staff", () -> new DemoPlans(LocalDate.now(this.clock)).load(this.plans, this.trainings));
		int engagements = new DemoCoaching(LocalDate.now(this.clock)).load(this.coaching, organisation, this::personId,
				this::as);
		// The executive reports of the last four quarters, as the quarterly job keeps
		// them.
		Period quarter = this.insight.currentPeriod();
		for (int i = 0; i < KEPT_REPORTS; i++) {
			quarter = quarter.previous();
			this.reports.keep(quarter.toString());
		}
		DirectoryFacts facts = this.directory.facts();
		logger.info("Loaded the demo organisation {} (seed {}): {} people ({} in IT), {} business units, "
				+ "{} IT groups, {} vendors, {} relationships, a year of surveys in which {} doubt IT, {} incidents "
				+ "over two years, {} kudos and partner praise, {} mentoring pairs, {} coaching engagements, and the accounts admin, cio, brm, lead and staff (password demo) in {} ms",
				organisation.name(), this.settings.seed(), facts.people(), facts.peopleInIt(), facts.businessUnits(),
				facts.itGroups(), facts.vendors(), relationshipCount, String.join(" and ", doubting), incidentCount,
				kudos, pairs, engagements, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
	}

	/**
	 * Creates the units of the tree, parents first, so that the import finds them by
	 * name. Vendors sit at the top level with no children: the import creates them in the
	 * same pass as their contacts, which keeps thousands of vendors to one batched step.
	 * Units left by an earlier start that failed before its people were imported are
	 * reused.
	 */
	private void createUnits(DemoOrganisation organisation) {
		Map<String, Long> ids = existingUnits();
		for (Unit unit : organisation.units()) {
			String key = key(unit.name());
			if (unit.kind() != UnitKind.VENDOR && !ids.containsKey(key)) {
				Long parentId = (unit.parentName() != null) ? ids.get(key(unit.parentName())) : null;
				ids.put(key, this.directory.createUnit(new OrgUnitDraft(unit.name(), unit.kind(), parentId)).id());
			}
		}
	}

	private Map<String, Long> existingUnits() {
		Map<String, Long> ids = new HashMap<>();
		String after = null;
		do {
			KeysetPage<OrgUnitSummary> page = this.directory.findUnits(null, null, after, PAGE);
			page.items().forEach((unit) -> ids.put(key(unit.name()), unit.id()));
			after = page.next();
		}
		while (after != null);
		return ids;
	}

	/**
	 * Does what a demo person does themselves, such as writing their development plan,
	 * signed in as their account; then acts as the system administrator again.
	 */
	private void as(String username, Runnable action) {
		SecurityContext system = SecurityContextHolder.getContext();
		SecurityContext person = SecurityContextHolder.createEmptyContext();
		UserDetails user = this.users.loadUserByUsername(username);
		person.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(person);
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.setContext(system);
		}
	}

	/**
	 * Finds an imported person's id by their employee id.
	 */
	private long personId(String employeeId) {
		return this.directory.findByReference(employeeId)
			.orElseThrow(() -> new IllegalStateException("The demo person " + employeeId + " was not imported"))
			.id();
	}

	static Map<ImportField, String> mapping() {
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		mapping.put(ImportField.EMPLOYEE_ID, "employee_id");
		mapping.put(ImportField.NAME, "name");
		mapping.put(ImportField.EMAIL, "email");
		mapping.put(ImportField.TITLE, "title");
		mapping.put(ImportField.UNIT, "unit");
		mapping.put(ImportField.UNIT_KIND, "unit_kind");
		mapping.put(ImportField.IN_IT, "in_it");
		mapping.put(ImportField.MANAGER_EMPLOYEE_ID, "manager_employee_id");
		return mapping;
	}

	/**
	 * Writes everyone as the UTF-8 CSV file the directory imports, one row a person.
	 */
	static byte[] csv(DemoOrganisation organisation) {
		Map<String, UnitKind> kinds = new HashMap<>();
		organisation.units().forEach((unit) -> kinds.put(unit.name(), unit.kind()));
		StringBuilder csv = new StringBuilder(organisation.people().size() * 160);
		csv.append(String.join(",", HEADERS)).append("\r\n");
		for (Person person : organisation.people()) {
			List<String> values = List.of(person.employeeId(), person.name(), person.email(), person.title(),
					person.unitName(), kinds.get(person.unitName()).name(), person.inIt() ? "yes" : "no",
					(person.managerEmployeeId() != null) ? person.managerEmployeeId() : "");
			for (int i = 0; i < values.size(); i++) {
				csv.append((i == 0) ? "" : ",").append('"').append(values.get(i).replace("\"", "\"\"")).append('"');
			}
			csv.append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
