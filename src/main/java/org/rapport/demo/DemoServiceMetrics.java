package org.rapport.demo;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.rapport.demo.DemoOrganisation.Person;
import org.rapport.demo.DemoOrganisation.Unit;
import org.rapport.directory.UnitKind;
import org.rapport.servicemetrics.AttributionRule;
import org.rapport.servicemetrics.ImportRun;
import org.rapport.servicemetrics.IncidentFormat;
import org.rapport.servicemetrics.IncidentImports;
import org.rapport.servicemetrics.ServiceMetrics;
import org.rapport.shared.ImportStatus;

/**
 * The demo organisation's two years of incidents, the technical side of the essay's
 * story: every business unit, the two that doubt IT included, has nearly all of its
 * incidents resolved within their SLA, quickly and seldom reopened. They are written as
 * the ServiceNow export an organisation would bring, one row per incident in its final
 * state, and recorded through the same import. Callers are the units' own people, so the
 * directory attributes their incidents; shared accounts and temporary staff at two sites
 * are not in the directory, and a location rule per site attributes theirs. A few
 * visitors' incidents stay unattributed, as in any real export.
 */
class DemoServiceMetrics {

	static final String FILE_NAME = "demo-incidents.csv";

	static final String AVAILABILITY_FILE_NAME = "demo-availability.csv";

	/** The months of availability: two years. */
	private static final int MONTHS = 24;

	/** The services whose availability monitoring reports for each business unit. */
	private static final int MONITORED_SERVICES = 4;

	/** How far back the incidents reach: two years. */
	static final int WEEKS = 104;

	static final List<String> HEADERS = List.of("number", "incident_state", "sys_mod_count", "made_sla", "opened_at",
			"resolved_at", "closed_at", "location", "assignment_group", "caller_id", "cmdb_ci", "priority", "category",
			"reopen_count", "reassignment_count");

	/** Incidents a business employee reports in an average week. */
	private static final double PER_PERSON_WEEKLY = 0.16;

	private static final double MIN_WEEKLY = 1.5;

	private static final double MAX_WEEKLY = 12;

	/** Of the two largest units' incidents, those reported from their shared site. */
	private static final double SHARED_SITE_SHARE = 0.12;

	/** Incidents reported by visitors, whom neither the directory nor a rule places. */
	private static final double VISITOR_SHARE = 0.006;

	/**
	 * Numbers above those of ServiceNow's published sample export, so that importing it
	 * into the demo adds to the demo's incidents instead of replacing them.
	 */
	private static final int FIRST_NUMBER = 1_000_001;

	private static final List<String> SITES = List.of("Amsterdam HQ", "Rotterdam Plant", "London Office",
			"Chicago Office", "Singapore Office");

	/** Where shared accounts and temporary staff call from, each site one unit's. */
	private static final List<String> SHARED_SITES = List.of("Rotterdam Distribution Centre",
			"Manchester Contact Centre");

	private static final List<Service> SERVICES = List.of(new Service("Laptops", "Hardware", "Service Desk", 22),
			new Service("Accounts", "Access", "Service Desk", 18),
			new Service("Email", "Software", "Infrastructure & Cloud", 14),
			new Service("Network", "Network", "Infrastructure & Cloud", 10),
			new Service("ERP", "Software", "Enterprise Applications", 10),
			new Service("Printing", "Hardware", "Service Desk", 8),
			new Service("CRM", "Software", "Enterprise Applications", 8),
			new Service("Reporting", "Software", "Data & Analytics", 5),
			new Service("VPN", "Network", "Information Security", 5));

	/** Priorities with their share in percent and their resolution target in hours. */
	private static final List<Priority> PRIORITIES = List.of(new Priority("1 - Critical", 1, 4),
			new Priority("2 - High", 7, 8), new Priority("3 - Moderate", 60, 24), new Priority("4 - Low", 32, 72));

	private static final DateTimeFormatter TIMES = DateTimeFormatter.ofPattern("d/M/yyyy H:mm", Locale.ROOT);

	private final Random random;

	private final LocalDate today;

	DemoServiceMetrics(long seed, LocalDate today) {
		this.random = new Random(seed * 31 + 11);
		this.today = today;
	}

	/**
	 * Records the incidents and the location rules for the shared sites.
	 * @param imports the import an organisation uses for its ServiceNow export
	 * @param metrics where the rules are added
	 * @param organisation the demo organisation
	 * @param doubting the business units that doubt IT
	 * @param unitId the id of a unit by name
	 * @return the incidents recorded
	 */
	int load(IncidentImports imports, ServiceMetrics metrics, DemoOrganisation organisation, Set<String> doubting,
			Function<String, Long> unitId) {
		Export export = export(organisation, doubting);
		ImportRun run = imports.importNow(IncidentFormat.SERVICENOW_INCIDENTS, FILE_NAME, export.csv(), Map.of());
		if (run.status() != ImportStatus.DONE || run.rejectedCount() > 0 || run.incidents() != export.incidents()) {
			throw new IllegalStateException("The demo incidents did not import cleanly: " + run);
		}
		export.sharedSites()
			.forEach((site, unit) -> metrics.addRule(AttributionRule.Dimension.LOCATION, site, unitId.apply(unit)));
		byte[] availability = availability(organisation);
		ImportRun monitored = imports.importNow(IncidentFormat.GENERIC_METRICS, AVAILABILITY_FILE_NAME, availability,
				Map.of());
		if (monitored.status() != ImportStatus.DONE || monitored.rejectedCount() > 0) {
			throw new IllegalStateException("The demo availability did not import cleanly: " + monitored);
		}
		return run.incidents();
	}

	/**
	 * Two years of monthly availability of the services each business unit relies on
	 * most, as monitoring reports it in the generic metric CSV: 99.9 % and better, the
	 * essay's "99.99 % available", with now and then a month of an outage.
	 * @param organisation the demo organisation
	 * @return the CSV
	 */
	byte[] availability(DemoOrganisation organisation) {
		StringBuilder csv = new StringBuilder("service,businessUnit,period,availability\r\n");
		YearMonth last = YearMonth.from(this.today).minusMonths(1);
		for (Unit unit : organisation.units()) {
			if (unit.kind() != UnitKind.BUSINESS_UNIT) {
				continue;
			}
			for (Service service : SERVICES.subList(0, MONITORED_SERVICES)) {
				for (int month = MONTHS - 1; month >= 0; month--) {
					// An outage costs a month a few hours; most months lose minutes.
					double down = (this.random.nextInt(40) == 0) ? 0.2 + this.random.nextDouble() * 0.3
							: this.random.nextDouble() * 0.08;
					csv.append(service.name())
						.append(',')
						.append(unit.name().contains(",") ? '"' + unit.name() + '"' : unit.name())
						.append(',')
						.append(last.minusMonths(month))
						.append(',')
						.append(String.format(Locale.ROOT, "%.3f", 100 - down))
						.append("\r\n");
				}
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Writes two years of incidents, up to yesterday, as a ServiceNow export. The number
	 * of incidents and who reported them depend on the seed alone; the day only moves
	 * them in time, and decides which of the latest are still open.
	 * @param organisation the demo organisation
	 * @param doubting the business units that doubt IT
	 * @return the export
	 */
	Export export(DemoOrganisation organisation, Set<String> doubting) {
		Set<String> groups = new HashSet<>();
		Set<String> businessUnits = new HashSet<>();
		for (Unit unit : organisation.units()) {
			if (unit.kind() == UnitKind.IT_GROUP) {
				groups.add(unit.name());
			}
			else if (unit.kind() == UnitKind.BUSINESS_UNIT) {
				businessUnits.add(unit.name());
			}
		}
		Map<String, List<String>> callers = new LinkedHashMap<>();
		for (Person person : organisation.people()) {
			if (!person.inIt() && businessUnits.contains(person.unitName())) {
				callers.computeIfAbsent(person.unitName(), (name) -> new ArrayList<>()).add(person.employeeId());
			}
		}
		// The two largest units each have a shared site; ties go to the earlier unit.
		List<String> largest = callers.keySet()
			.stream()
			.sorted(Comparator.comparingInt((String unit) -> -callers.get(unit).size()))
			.limit(SHARED_SITES.size())
			.toList();
		Map<String, String> sharedSites = new LinkedHashMap<>();
		for (int i = 0; i < largest.size(); i++) {
			sharedSites.put(SHARED_SITES.get(i), largest.get(i));
		}
		// A large company gets about a hundred a week in all, which keeps its load short.
		double perPerson = Math.min(PER_PERSON_WEEKLY,
				100.0 / Math.max(1, callers.values().stream().mapToInt(List::size).sum()));
		List<Row> rows = new ArrayList<>();
		int index = 0;
		for (Map.Entry<String, List<String>> unit : callers.entrySet()) {
			String home = SITES.get(index++ % SITES.size());
			String shared = largest.contains(unit.getKey()) ? SHARED_SITES.get(largest.indexOf(unit.getKey())) : null;
			double weekly = Math.max(MIN_WEEKLY, Math.min(MAX_WEEKLY, unit.getValue().size() * perPerson));
			// Every unit meets its SLAs; those that doubt IT are served among the best.
			double breaches = doubting.contains(unit.getKey()) ? 0.012 + this.random.nextDouble() * 0.006
					: 0.015 + this.random.nextDouble() * 0.02;
			double reopens = 0.01 + this.random.nextDouble() * 0.015;
			rows.addAll(unit(unit.getValue(), home, shared, weekly, breaches, reopens, groups));
		}
		// Numbered in the order they were opened, as a service desk numbers them.
		rows.sort(Comparator.comparing(Row::openedAt));
		LocalDateTime cutOff = this.today.atStartOfDay();
		StringBuilder csv = new StringBuilder(rows.size() * 170);
		csv.append(String.join(",", HEADERS)).append("\r\n");
		for (int i = 0; i < rows.size(); i++) {
			write(csv, "INC" + (FIRST_NUMBER + i), rows.get(i), cutOff);
		}
		return new Export(csv.toString().getBytes(StandardCharsets.UTF_8), rows.size(), sharedSites);
	}

	/**
	 * A unit's incidents over the two years: fewer at weekends, nearly all during office
	 * hours, a fixed share of them resolved late.
	 */
	private List<Row> unit(List<String> people, String home, String shared, double weekly, double breaches,
			double reopens, Set<String> groups) {
		List<Row> rows = new ArrayList<>();
		LocalDate first = this.today.minusDays(WEEKS * 7L);
		for (int week = 0; week < WEEKS; week++) {
			LocalDate start = first.plusDays(week * 7L);
			// Each week's days in the same order whatever the day of the week today, so
			// that the seed alone decides how many incidents there are and whose.
			for (DayOfWeek weekday : DayOfWeek.values()) {
				LocalDate date = start.with(TemporalAdjusters.nextOrSame(weekday));
				boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
				int count = poisson(weekly / 7 * (weekend ? 0.25 : 1.3));
				for (int i = 0; i < count; i++) {
					rows.add(incident(date, weekend, people, home, shared, reopens, groups));
				}
			}
		}
		// Exactly the unit's share of breaches, so that no unit falls below target by
		// chance.
		int late = (int) Math.round(rows.size() * breaches);
		for (int i = 0; i < late; i++) {
			int pick = this.random.nextInt(rows.size());
			while (rows.get(pick).late()) {
				pick = (pick + 1) % rows.size();
			}
			rows.set(pick, rows.get(pick).breached());
		}
		return rows;
	}

	private Row incident(LocalDate date, boolean weekend, List<String> people, String home, String shared,
			double reopens, Set<String> groups) {
		Priority priority = priority();
		Service service = service();
		LocalDateTime openedAt = (priority == PRIORITIES.get(0) || weekend)
				? date.atTime(this.random.nextInt(24), this.random.nextInt(60))
				: date.atTime(7 + this.random.nextInt(11), this.random.nextInt(60));
		String location;
		String caller;
		double who = this.random.nextDouble();
		if (shared != null && who < SHARED_SITE_SHARE) {
			location = shared;
			caller = "Caller " + (1000 + SHARED_SITES.indexOf(shared) * 100 + this.random.nextInt(40));
		}
		else if (who > 1 - VISITOR_SHARE) {
			location = home;
			caller = "Caller " + (3000 + this.random.nextInt(60));
		}
		else {
			// Most call from their unit's site, some from another while travelling.
			location = (this.random.nextInt(100) < 88) ? home : SITES.get(this.random.nextInt(SITES.size()));
			caller = people.get(this.random.nextInt(people.size()));
		}
		String desk = Catalogue.IT_GROUPS.get(0).name();
		String group = groups.contains(service.group()) ? service.group() : desk;
		// The service desk solves most of its own; other groups get theirs passed on.
		int reassignments = group.equals(desk) ? this.random.nextInt(8) / 7 : 1 + this.random.nextInt(10) / 9;
		return new Row(openedAt, priority, service, group, location, caller, reassignments,
				(this.random.nextDouble() < reopens) ? 1 : 0, this.random.nextDouble(), false);
	}

	private void write(StringBuilder csv, String number, Row row, LocalDateTime cutOff) {
		double share = row.late() ? 1.05 + row.pace() * 1.5 : 0.03 + 0.8 * row.pace() * row.pace();
		long minutes = Math.max(10, Math.round(row.priority().targetHours() * 60 * share));
		LocalDateTime resolvedAt = row.openedAt().plusMinutes(minutes);
		// ServiceNow closes a resolved incident after three days unless the caller
		// objects.
		LocalDateTime closedAt = resolvedAt.plusDays(3).plusMinutes(row.openedAt().getMinute() * 7L);
		boolean resolved = resolvedAt.isBefore(cutOff);
		boolean closed = closedAt.isBefore(cutOff);
		int revisions = 3 + (row.openedAt().getMinute() % 5) + 2 * row.reassignments() + 3 * row.reopens();
		List<String> values = List.of(number, closed ? "Closed" : resolved ? "Resolved" : "Active",
				String.valueOf(resolved ? revisions : 1), resolved ? String.valueOf(!row.late()) : "?",
				TIMES.format(row.openedAt()), resolved ? TIMES.format(resolvedAt) : "?",
				closed ? TIMES.format(closedAt) : "?", row.location(), row.group(), row.caller(), row.service().name(),
				row.priority().label(), row.service().category(), String.valueOf(resolved ? row.reopens() : 0),
				String.valueOf(row.reassignments()));
		for (int i = 0; i < values.size(); i++) {
			csv.append((i == 0) ? "" : ",").append(values.get(i));
		}
		csv.append("\r\n");
	}

	private Priority priority() {
		int roll = this.random.nextInt(100);
		for (Priority priority : PRIORITIES) {
			roll -= priority.share();
			if (roll < 0) {
				return priority;
			}
		}
		return PRIORITIES.get(PRIORITIES.size() - 1);
	}

	private Service service() {
		int roll = this.random.nextInt(SERVICES.stream().mapToInt(Service::weight).sum());
		for (Service service : SERVICES) {
			roll -= service.weight();
			if (roll < 0) {
				return service;
			}
		}
		return SERVICES.get(SERVICES.size() - 1);
	}

	/** Knuth's method, for the few incidents a unit has on a day. */
	private int poisson(double mean) {
		double limit = Math.exp(-mean);
		double product = this.random.nextDouble();
		int count = 0;
		while (product > limit) {
			count++;
			product *= this.random.nextDouble();
		}
		return count;
	}

	/**
	 * The export with what it holds.
	 *
	 * @param csv the ServiceNow export, UTF-8
	 * @param incidents how many incidents it holds, one row each
	 * @param sharedSites the sites whose callers are not in the directory, to the name of
	 * the unit each belongs to
	 */
	record Export(byte[] csv, int incidents, Map<String, String> sharedSites) {
	}

	private record Service(String name, String category, String group, int weight) {
	}

	private record Priority(String label, int share, int targetHours) {
	}

	/**
	 * An incident before it is numbered: {@code pace} places its resolution time within
	 * its target, or beyond it when it is {@code late}.
	 */
	private record Row(LocalDateTime openedAt, Priority priority, Service service, String group, String location,
			String caller, int reassignments, int reopens, double pace, boolean late) {

		Row breached() {
			return new Row(this.openedAt, this.priority, this.service, this.group, this.location, this.caller,
					this.reassignments, this.reopens, this.pace, true);
		}

	}

}
