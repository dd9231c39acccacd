package org.rapport.relationships.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.ClosureDraft;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ending and reopening on the relationship's page: a refused reason comes back in the
 * open panel with what was typed and the error beside it, an ended relationship says
 * when, by whom and why with the button that reopens it, and a form that records
 * something new on an ended relationship leads back to it with the refusal.
 */
@SpringBootTest(properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
		"rapport.admin.password=deep-cellar-key" })
@AutoConfigureMockMvc
class RelationshipClosureFormsTests {

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
	void sample() {
		this.sample = new RelationshipMother(this.directory, this.accounts, this.relationships).sample("Close Forms");
	}

	@Test
	void aMissingReasonFromHtmxGetsTheFormAloneWithTheErrorBesideTheReasonAndNothingEnds() throws Exception {
		this.mvc.perform(htmx(end("   ", version())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"closure-form\"")))
			.andExpect(content().string(containsString("id=\"reason-error\"")))
			.andExpect(content().string(containsString("Say why the relationship ends")));
		assertThat(relationship().ended()).isFalse();
	}

	@Test
	void aTooLongReasonPostedWithoutHtmxGetsThePageWithThePanelOpenAndWhatWasTyped() throws Exception {
		String reason = "Merged into Finance " + "x".repeat(ClosureDraft.REASON_MAX);

		this.mvc.perform(signedIn(end(reason, version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("<details class=\"panel\" open=\"open\">")))
			.andExpect(content().string(containsString(">" + reason + "</textarea>")))
			.andExpect(content().string(containsString("Keep the reason to 500 characters or fewer")));
		assertThat(relationship().ended()).isFalse();
	}

	@Test
	void anEndingOverAnOlderVersionKeepsTheReasonAndTakesTheCurrentVersion() throws Exception {
		long old = version();
		SignedIn
			.asSystem(() -> this.relationships.change(this.sample.id(), new RelationshipDraft(this.sample.itGroupId(),
					this.sample.counterpartId(), this.sample.ownerId(), Tier.STRATEGIC, null, old)));

		this.mvc.perform(htmx(end("Merged into Finance", old)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Merged into Finance</textarea>")))
			.andExpect(content().string(containsString("Someone else changed this relationship while you were")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (old + 1) + "\"")));
		assertThat(relationship().ended()).isFalse();
	}

	@Test
	void anEndedRelationshipSaysWhenByWhomAndWhyAndOffersToReopenIt() throws Exception {
		this.mvc.perform(htmx(end("The contract ran out", version())))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", "/relationships/" + this.sample.id()));
		RelationshipSummary ended = relationship();
		assertThat(ended.ended()).isTrue();
		assertThat(ended.endedBy()).isEqualTo("root");

		String day = LocalDate.now().format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
		this.mvc.perform(signedIn(get("/relationships/{id}", this.sample.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ended on " + day + " by root: The contract ran out")))
			.andExpect(content().string(containsString("Reopen the relationship")))
			.andExpect(content().string(containsString("/relationships/" + this.sample.id() + "/closure/reopen")))
			.andExpect(content().string(not(containsString("id=\"closure-form\""))))
			.andExpect(content().string(not(containsString("id=\"tier-form\""))))
			.andExpect(content().string(not(containsString("Log a touchpoint"))));

		this.mvc
			.perform(signedIn(post("/relationships/{id}/closure/reopen", this.sample.id()).param("version",
					String.valueOf(ended.version()))))
			.andExpect(redirectedUrl("/relationships/" + this.sample.id()))
			.andExpect(flash().attribute("reopened", true));
		assertThat(relationship().ended()).isFalse();
	}

	@Test
	void aReopeningOverAnOlderVersionOrOfAnActiveRelationshipSaysWhyNothingHappened() throws Exception {
		long old = version();
		SignedIn
			.asSystem(() -> this.relationships.end(this.sample.id(), new ClosureDraft("The contract ran out"), null));

		this.mvc
			.perform(signedIn(
					post("/relationships/{id}/closure/reopen", this.sample.id()).param("version", String.valueOf(old))))
			.andExpect(redirectedUrl("/relationships/" + this.sample.id()))
			.andExpect(flash().attribute("refused", startsWith("Someone else changed this relationship meanwhile")));
		assertThat(relationship().ended()).isTrue();

		SignedIn.asSystem(() -> this.relationships.reopen(this.sample.id(), null));
		this.mvc.perform(signedIn(post("/relationships/{id}/closure/reopen", this.sample.id())))
			.andExpect(redirectedUrl("/relationships/" + this.sample.id()))
			.andExpect(flash().attribute("refused", "This relationship has not ended, so there is nothing to reopen."));
	}

	@Test
	void aFormThatRecordsSomethingNewOnAnEndedRelationshipLeadsBackToItWithTheRefusal() throws Exception {
		SignedIn
			.asSystem(() -> this.relationships.end(this.sample.id(), new ClosureDraft("The contract ran out"), null));
		String refusal = "reopen it to record anything new on it.";

		this.mvc
			.perform(signedIn(post("/relationships/{id}/tier", this.sample.id()).param("tier", "STRATEGIC")
				.param("version", String.valueOf(version()))))
			.andExpect(redirectedUrl("/relationships/" + this.sample.id()))
			.andExpect(flash().attribute("refused",
					allOf(startsWith("This relationship ended on "), containsString(refusal))));
		this.mvc
			.perform(htmx(post("/relationships/{id}/stakeholders", this.sample.id()).param("name", "Late Arrival")
				.param("influence", "3")
				.param("interest", "3")
				.param("stance", "NEUTRAL")))
			.andExpect(header().string("HX-Redirect", "/relationships/" + this.sample.id()));
		this.mvc.perform(signedIn(get("/touchpoints/new").param("relationship", String.valueOf(this.sample.id()))))
			.andExpect(redirectedUrl("/relationships/" + this.sample.id()))
			.andExpect(flash().attribute("refused", containsString(refusal)));
		assertThat(relationship().tier()).isEqualTo(Tier.CORE);
	}

	private MockHttpServletRequestBuilder end(String reason, long version) {
		return post("/relationships/{id}/closure", this.sample.id()).param("reason", reason)
			.param("version", String.valueOf(version));
	}

	private RelationshipSummary relationship() {
		return SignedIn.asSystem(() -> this.relationships.relationship(this.sample.id()));
	}

	private long version() {
		return relationship().version();
	}

	private MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername("root"))).with(csrf());
	}

	private MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return signedIn(request).header("HX-Request", "true");
	}

}
