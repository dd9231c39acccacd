package org.rapport.health.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.UnitKind;
import org.rapport.health.AlertType;
import org.rapport.health.Band;
import org.rapport.health.HealthManagement;
import org.rapport.health.HealthStatus;
import org.rapport.health.PortfolioRow;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.Tier;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.RoleGroups;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The portfolio list as a page and as the fragment htmx swaps in when a filter changes,
 * and a relationship's health in brief for its page header.
 */
@WebMvcTest(PortfolioController.class)
@Import(RoleGroups.class)
class PortfolioControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	HealthManagement health;

	@MockitoBean
	RelationshipManagement relationships;

	@MockitoBean
	DirectoryManagement directory;

	@MockitoBean
	CommitmentManagement commitments;

	@Test
	@WithMockUser(roles = "IT_STAFF")
	void aFilterChangeFromHtmxGetsOnlyTheListWithoutTheWayToEstablishOne() throws Exception {
		given(this.health.portfolio(any(), any(), any(), any())).willReturn(new KeysetPage<>(List.of(row()), null));
		given(this.health.bandCounts(any())).willReturn(counts());

		this.mvc.perform(get("/relationships").param("band", "AT_RISK").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name("health/portfolio :: portfolio-list"))
			.andExpect(content().string(containsString("id=\"portfolio-list\"")))
			.andExpect(content().string(containsString("Legal")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	@WithMockUser(roles = "IT_STAFF")
	void everyLinkOfTheListKeepsItsFiltersAndOrder() throws Exception {
		given(this.health.portfolio(any(), any(), any(), any()))
			.willReturn(new KeysetPage<>(List.of(row()), "next+cursor/="));
		given(this.health.bandCounts(any())).willReturn(counts());

		this.mvc
			.perform(get("/relationships").param("kind", "VENDOR")
				.param("tier", "CORE")
				.param("band", "AT_RISK")
				.param("sort", "NAME")
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			// The band shown is toggled off; another band replaces it.
			.andExpect(
					content().string(containsString("href=\"/relationships?kind=VENDOR&amp;tier=CORE&amp;sort=NAME\"")))
			.andExpect(content().string(
					containsString("href=\"/relationships?kind=VENDOR&amp;tier=CORE&amp;band=WATCH&amp;sort=NAME\"")))
			.andExpect(content().string(containsString(
					"href=\"/relationships.csv?kind=VENDOR&amp;tier=CORE&amp;band=AT_RISK&amp;sort=NAME\"")))
			.andExpect(content().string(containsString(
					"href=\"/relationships?kind=VENDOR&amp;tier=CORE&amp;band=AT_RISK&amp;sort=NAME&amp;after=next%2Bcursor%2F%3D\"")));
	}

	@Test
	@WithMockUser(roles = "RELATIONSHIP_MANAGER")
	void anEmptyPortfolioOffersThoseWhoSteerItToEstablishTheFirst() throws Exception {
		given(this.health.portfolio(any(), any(), any(), any())).willReturn(new KeysetPage<>(List.of(), null));
		given(this.health.bandCounts(any())).willReturn(counts());

		this.mvc.perform(get("/relationships").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/relationships/new\"")));
	}

	@Test
	@WithMockUser(roles = "IT_STAFF")
	void anEmptyPortfolioDoesNotOfferStaffToEstablishOne() throws Exception {
		given(this.health.portfolio(any(), any(), any(), any())).willReturn(new KeysetPage<>(List.of(), null));
		given(this.health.bandCounts(any())).willReturn(counts());

		this.mvc.perform(get("/relationships").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/relationships/new\""))));
	}

	@Test
	@WithMockUser(roles = "IT_STAFF")
	void theHealthInBriefIsAFragmentForHtmxAndForAPlainRequestAlike() throws Exception {
		given(this.health.status(7)).willReturn(new HealthStatus(7, 42, Band.AT_RISK, 2,
				new HealthStatus.NextDue(9, "Send the plan", LocalDate.of(2026, 3, 2), true)));

		for (boolean htmx : new boolean[] { true, false }) {
			var request = get("/relationships/7/health").param("part", "status");
			this.mvc.perform(htmx ? request.header("HX-Request", "true") : request)
				.andExpect(status().isOk())
				.andExpect(view().name("health/health :: health-status"))
				.andExpect(content().string(containsString("<span class=\"score score-AT_RISK\">42</span>")))
				.andExpect(content().string(containsString("band-badge band-AT_RISK")))
				.andExpect(content().string(containsString("2 open alerts")))
				.andExpect(content().string(containsString("overdue, due 2 Mar 2026")))
				.andExpect(content().string(not(containsString("<html"))));
		}
	}

	private static PortfolioRow row() {
		return new PortfolioRow(1, "Legal", UnitKind.BUSINESS_UNIT, 2, "Platform", 3, "Keeper", Tier.CORE,
				LocalDate.of(2026, 3, 2), 35, Band.AT_RISK, List.of(AlertType.LOSING_TOUCH), null);
	}

	private static Map<Band, Long> counts() {
		Map<Band, Long> counts = new EnumMap<>(Band.class);
		for (Band band : Band.values()) {
			counts.put(band, 0L);
		}
		counts.put(Band.AT_RISK, 1L);
		return counts;
	}

}
