package org.rapport.relationships.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A relationship's page: one header with its name, owner and tier, its sections at their
 * own addresses, and forms that open on demand and stay open with what was typed when
 * they are refused.
 */
@SpringBootTest(properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
		"rapport.admin.password=deep-cellar-key" })
@AutoConfigureMockMvc
class RelationshipPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	UserDetailsService users;

	RelationshipMother.Sample sample;

	@BeforeEach
	void relationship() {
		this.sample = new RelationshipMother(this.directory, this.accounts, this.relationships).sample("Page");
	}

	@Test
	void theOverviewShowsTheHeaderAndMarksItsTabAsTheCurrentOne() throws Exception {
		this.mvc.perform(signedIn(get(path())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>" + this.sample.relationship().name() + "</h1>")))
			.andExpect(
					content().string(containsString("aria-current=\"page\" class=\"is-active\"><span>Overview</span>")))
			.andExpect(content().string(containsString("href=\"" + path() + "?section=timeline\"")))
			.andExpect(content().string(containsString("id=\"owner-form\"")))
			.andExpect(content().string(not(containsString("id=\"stakeholder-form\""))))
			.andExpect(content().string(not(containsString("id=\"maturity-form\""))));
	}

	@Test
	void eachSectionHasItsOwnAddressAndShowsOnlyItself() throws Exception {
		this.mvc.perform(signedIn(get(path()).param("section", "stakeholders")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"stakeholder-form\"")))
			.andExpect(content().string(not(containsString("id=\"owner-form\""))));
		this.mvc.perform(signedIn(get(path()).param("section", "maturity")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"maturity-form\"")))
			.andExpect(content().string(not(containsString("id=\"stakeholder-form\""))));
		this.mvc.perform(signedIn(get(path()).param("section", "commitments")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"" + path() + "/commitments\"")));
		this.mvc.perform(signedIn(get(path()).param("section", "timeline")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"" + path() + "/interactions\"")));
	}

	@Test
	void aSectionThePageDoesNotHaveIsNotFound() throws Exception {
		this.mvc.perform(signedIn(get(path()).param("section", "secrets"))).andExpect(status().isNotFound());
	}

	@Test
	void formsAreClosedUntilAskedForAndARefusedOneStaysOpenWithWhatWasTyped() throws Exception {
		this.mvc.perform(signedIn(get(path()).param("section", "stakeholders")))
			.andExpect(content().string(containsString("<details class=\"panel\">")))
			.andExpect(content().string(not(containsString("<details class=\"panel\" open=\"open\">"))));

		this.mvc
			.perform(signedIn(post(path() + "/stakeholders")).param("name", "Ada Typed")
				.param("role", "r".repeat(201))
				.param("influence", "3")
				.param("interest", "3")
				.param("stance", "NEUTRAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<details class=\"panel\" open=\"open\">")))
			.andExpect(content().string(containsString("value=\"Ada Typed\"")))
			.andExpect(content().string(containsString("id=\"stakeholder-role-error\"")))
			.andExpect(content()
				.string(containsString("aria-current=\"page\" class=\"is-active\"><span>Stakeholders</span>")));
	}

	private String path() {
		return "/relationships/" + this.sample.id();
	}

	private MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername("root"))).with(csrf());
	}

}
