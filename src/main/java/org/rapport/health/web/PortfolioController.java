package org.rapport.health.web;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.Set;

import org.rapport.accounts.RapportUser;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.commitments.CommitmentSummary;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitSummary;
import org.rapport.directory.UnitKind;
import org.rapport.health.Alert;
import org.rapport.health.AlertFilter;
import org.rapport.health.AlertType;
import org.rapport.health.Band;
import org.rapport.health.Glance;
import org.rapport.health.Health;
import org.rapport.health.HealthComponent;
import org.rapport.health.HealthManagement;
import org.rapport.health.PortfolioFilter;
import org.rapport.health.PortfolioRow;
import org.rapport.health.PortfolioSort;
import org.rapport.health.WeekScore;
import org.rapport.relationships.RelationshipFilter;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.Tier;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.RoleGroup;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

/**
 * The portfolio seen through its health: the filterable list of relationships with their
 * scores and alerts, the portfolio at a glance, the caller's own relationships with their
 * alerts and pending commitments, the alerts, and the health section of a relationship's
 * page.
 */
@Controller
class PortfolioController {

	private final HealthManagement health;

	private final RelationshipManagement relationships;

	private final DirectoryManagement directory;

	/** How many touchpoints and commitments a home page lists. */
	private static final int HOME_ITEMS = 5;

	private final CommitmentManagement commitments;

	PortfolioController(HealthManagement health, RelationshipManagement relationships, DirectoryManagement directory,
			CommitmentManagement commitments) {
		this.commitments = commitments;
		this.health = health;
		this.relationships = relationships;
		this.directory = directory;
	}

	@GetMapping("/relationships")
	String portfolio(PortfolioQuery query, Model model) {
		list(query, model);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("bands", Band.values());
		model.addAttribute("alertTypes", AlertType.values());
		model.addAttribute("sorts", PortfolioSort.values());
		model.addAttribute("states", RelationshipFilter.State.values());
		model.addAttribute("itGroups", itGroups());
		model.addAttribute("owners", this.health.owners());
		return "health/portfolio";
	}

	@HxRequest
	@GetMapping("/relationships")
	String portfolioList(PortfolioQuery query, Model model) {
		list(query, model);
		return "health/portfolio :: portfolio-list";
	}

	private void list(PortfolioQuery query, Model model) {
		PortfolioFilter filter = query.filter();
		model.addAttribute("query", query);
		model.addAttribute("page", this.health.portfolio(filter, query.sortOrDefault(), query.after(), 50));
		model.addAttribute("counts", this.health.bandCounts(filter));
		model.addAttribute("firstPage", query.after() == null || query.after().isBlank());
	}

	@GetMapping("/health")
	String glance(Model model) {
		Glance glance = this.health.glance();
		model.addAttribute("glance", glance);
		model.addAttribute("trend", Charts.trend(glance.trend().stream().map(Glance.WeekAverage::weekOn).toList(),
				glance.trend().stream().map(Glance.WeekAverage::average).toList(), 160));
		model.addAttribute("sparklines", glance.worst()
			.stream()
			.map((worst) -> Charts.line(worst.health().history().stream().map(WeekScore::score).toList(), 120, 32))
			.toList());
		Map<UnitKind, Long> kindTotals = new EnumMap<>(UnitKind.class);
		Map<Band, Long> bandTotals = new EnumMap<>(Band.class);
		glance.byKind().forEach((kind, bands) -> {
			kindTotals.put(kind, bands.values().stream().mapToLong(Long::longValue).sum());
			bands.forEach((band, count) -> bandTotals.merge(band, count, Long::sum));
		});
		model.addAttribute("kindTotals", kindTotals);
		Map<UnitKind, List<Charts.Segment<Band>>> kindBars = new EnumMap<>(UnitKind.class);
		glance.byKind().forEach((kind, bands) -> kindBars.put(kind, Charts.segments(bands, 100)));
		model.addAttribute("kindBars", kindBars);
		model.addAttribute("bandTotals", bandTotals);
		model.addAttribute("total", kindTotals.values().stream().mapToLong(Long::longValue).sum());
		List<Glance.WeekAverage> trend = glance.trend();
		model.addAttribute("averageNow", trend.isEmpty() ? null : trend.get(trend.size() - 1).average());
		model.addAttribute("averageThen", trend.isEmpty() ? null : trend.get(0).average());
		model.addAttribute("atRiskNow", trend.isEmpty() ? null : trend.get(trend.size() - 1).atRisk());
		model.addAttribute("atRiskThen", trend.isEmpty() ? null : trend.get(0).atRisk());
		bands(model, 160);
		return "health/glance";
	}

	/**
	 * The home page's health section: the portfolio at a glance for those who steer it
	 * and for leaders, and the most pressing alerts of the relationships the caller
	 * answers for.
	 */
	@GetMapping("/health/summary")
	String summary(Model model) {
		Set<String> roles = currentRoles();
		boolean overview = RoleGroup.OVERSIGHT.includes(roles);
		if (overview) {
			Glance glance = this.health.glance();
			Map<Band, Long> bandTotals = new EnumMap<>(Band.class);
			glance.byKind()
				.values()
				.forEach((bands) -> bands.forEach((band, count) -> bandTotals.merge(band, count, Long::sum)));
			model.addAttribute("glance", glance);
			model.addAttribute("bandTotals", bandTotals);
			model.addAttribute("total", bandTotals.values().stream().mapToLong(Long::longValue).sum());
		}
		// The open alerts: those acknowledged or snoozed are being dealt with.
		List<Alert> alerts = overview ? this.health.alerts(AlertFilter.open(), null, 5).items()
				: this.health.myAlerts();
		long count = overview
				? this.health.alertCounts(AlertFilter.open()).values().stream().mapToLong(Long::longValue).sum()
				: alerts.size();
		model.addAttribute("overview", overview);
		model.addAttribute("alerts", alerts.subList(0, Math.min(5, alerts.size())));
		model.addAttribute("alertCount", count);
		return "health/summary :: summary";
	}

	private static Set<String> currentRoles() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Set<String> roles = new HashSet<>();
		if (authentication != null) {
			authentication.getAuthorities().forEach((authority) -> roles.add(authority.getAuthority()));
		}
		return roles;
	}

	@GetMapping("/mine")
	String mine(@AuthenticationPrincipal RapportUser user, Model model) {
		KeysetPage<PortfolioRow> page = this.health.portfolio(PortfolioFilter.mineOnly(), PortfolioSort.HEALTH, null,
				200);
		List<CommitmentSummary> pending = (user != null && user.getPersonId() != null)
				? this.commitments.pendingOf(user.getPersonId()) : List.of();
		model.addAttribute("page", page);
		model.addAttribute("alerts", this.health.myAlerts());
		model.addAttribute("pending", pending);
		model.addAttribute("overdue", pending.stream().filter(CommitmentSummary::overdue).count());
		model.addAttribute("atRisk", page.items().stream().filter((row) -> row.band() == Band.AT_RISK).count());
		return "health/mine";
	}

	/**
	 * A staff member's home: the touchpoints due next on their relationships, the
	 * commitments due next and their alerts.
	 */
	@HxRequest
	@GetMapping("/mine")
	String mineAtHome(@AuthenticationPrincipal RapportUser user, Model model) {
		List<CommitmentSummary> pending = (user != null && user.getPersonId() != null)
				? this.commitments.pendingOf(user.getPersonId()) : List.of();
		List<RelationshipSummary> contactDue = this.relationships.mine()
			.stream()
			.sorted(Comparator.comparing(RelationshipSummary::contactDueOn).thenComparing(RelationshipSummary::id))
			.toList();
		model.addAttribute("contactDue", contactDue.subList(0, Math.min(HOME_ITEMS, contactDue.size())));
		model.addAttribute("relationshipCount", contactDue.size());
		model.addAttribute("pending", pending.subList(0, Math.min(HOME_ITEMS, pending.size())));
		model.addAttribute("pendingCount", pending.size());
		model.addAttribute("overdue", pending.stream().filter(CommitmentSummary::overdue).count());
		List<Alert> alerts = this.health.myAlerts();
		model.addAttribute("alerts", alerts.subList(0, Math.min(3, alerts.size())));
		model.addAttribute("alertCount", alerts.size());
		return "health/mine :: mine-home";
	}

	/**
	 * A relationship's health in brief for the header of its page, as a fragment whether
	 * htmx asks or not: score and band, open alerts, the commitment due next.
	 */
	@GetMapping(path = "/relationships/{id}/health", params = "part=status")
	String status(@PathVariable long id, Model model) {
		model.addAttribute("status", this.health.status(id));
		return "health/health :: health-status";
	}

	@GetMapping("/relationships/{id}/health")
	String healthPage(@PathVariable long id, Model model) {
		healthOf(id, model);
		return "health/health";
	}

	@HxRequest
	@GetMapping("/relationships/{id}/health")
	String healthFragment(@PathVariable long id, Model model) {
		healthOf(id, model);
		return "health/health :: health";
	}

	private void healthOf(long id, Model model) {
		Health health = this.health.health(id);
		model.addAttribute("health", health);
		model.addAttribute("relationship", this.relationships.relationship(id));
		model.addAttribute("alerts", this.health.alerts(id));
		model.addAttribute("historyTrend", Charts.trend(health.history().stream().map(WeekScore::weekOn).toList(),
				health.history().stream().map(WeekScore::score).toList(), 120));
		model.addAttribute("componentCharts", Charts.components(health.history()));
		bands(model, 120);
		Map<HealthComponent, Double> points = new LinkedHashMap<>();
		health.components()
			.forEach((component) -> points.put(component.name(), component.weight() * component.value()));
		points.put(null, 1 - points.values().stream().mapToDouble(Double::doubleValue).sum());
		model.addAttribute("scoreBar", Charts.segments(points, 100));
	}

	private void bands(Model model, int height) {
		int watch = this.health.floor(Band.WATCH);
		int healthy = this.health.floor(Band.HEALTHY);
		model.addAttribute("watchFloor", watch);
		model.addAttribute("healthyFloor", healthy);
		model.addAttribute("watchY", Charts.y(watch, height));
		model.addAttribute("healthyY", Charts.y(healthy, height));
	}

	private List<OrgUnitSummary> itGroups() {
		return this.directory.unitsOf(UnitKind.IT_GROUP);
	}

	/**
	 * The portfolio's query string.
	 *
	 * @param kind only this kind
	 * @param tier only this tier
	 * @param owner only this owner's
	 * @param itGroup only this IT group's
	 * @param band only this band
	 * @param alert only with this alert
	 * @param mine only the caller's own
	 * @param state {@code active} (the default), {@code ended} or {@code all}
	 * @param sort the order
	 * @param after the cursor
	 */
	record PortfolioQuery(UnitKind kind, Tier tier, Long owner, Long itGroup, Band band, AlertType alert, Boolean mine,
			String state, PortfolioSort sort, String after) {

		PortfolioFilter filter() {
			return new PortfolioFilter(this.kind, this.tier, this.owner, this.itGroup, this.band, this.alert,
					Boolean.TRUE.equals(this.mine), RelationshipFilter.State.of(this.state));
		}

		/**
		 * Whether the list shows active relationships, ended ones or both.
		 * @return the state asked for, active when none was
		 */
		public RelationshipFilter.State stateOrDefault() {
			return RelationshipFilter.State.of(this.state);
		}

		/**
		 * The state as the list's addresses carry it: none for the active relationships,
		 * which the list shows unless asked otherwise.
		 * @return {@code ended}, {@code all} or {@code null}
		 */
		public String stateParam() {
			RelationshipFilter.State asked = stateOrDefault();
			return (asked == RelationshipFilter.State.ACTIVE) ? null : asked.getKey();
		}

		public boolean filtered() {
			return this.kind != null || this.tier != null || this.owner != null || this.itGroup != null
					|| this.band != null || this.alert != null || Boolean.TRUE.equals(this.mine)
					|| stateParam() != null;
		}

		public PortfolioSort sortOrDefault() {
			return (this.sort != null) ? this.sort : PortfolioSort.HEALTH;
		}

		/**
		 * The first page of this list, or of its export, at another path.
		 * @param path {@code /relationships} or {@code /relationships.csv}
		 * @return the path with this query's filters and order
		 */
		public String link(String path) {
			return address(path, this.band, null);
		}

		/**
		 * The page after the cursor.
		 * @param after the cursor of the last row shown
		 * @return the path with this query's filters and order, and the cursor
		 */
		public String next(String after) {
			return address("/relationships", this.band, after);
		}

		/**
		 * The list narrowed to a band, or widened again when it shows that band already.
		 * @param band the band
		 * @return the path with this query's other filters and order
		 */
		public String toggling(Band band) {
			return address("/relationships", (band == this.band) ? null : band, null);
		}

		/**
		 * One address for every link of the list, built once in Java rather than
		 * parameter by parameter in the template, which a page does ten times.
		 */
		private String address(String path, Band band, String after) {
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("kind", this.kind);
			params.put("tier", this.tier);
			params.put("itGroup", this.itGroup);
			params.put("owner", this.owner);
			params.put("band", band);
			params.put("alert", this.alert);
			params.put("mine", this.mine);
			params.put("state", stateParam());
			params.put("sort", this.sort);
			params.put("after", after);
			StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
			params.forEach((name, value) -> {
				if (value != null) {
					query.add(name + "=" + UriUtils.encode(String.valueOf(value), StandardCharsets.UTF_8));
				}
			});
			return query.toString();
		}

	}

}
