package org.rapport.relationships.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitDraft;
import org.rapport.directory.PersonDraft;
import org.rapport.directory.UnitKind;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms of a relationship's page and of establishing one: refused input comes back
 * with status 200, what was typed and the error beside its field, as the whole page or,
 * for htmx, as the form alone.
 */
@SpringBootTest(properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
		"rapport.admin.password=deep-cellar-key" })
@AutoConfigureMockMvc
class RelationshipFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	UserDetailsService users;

	long groupId;

	long salesId;

	long relationshipId;

	String ownerEmail;

	@BeforeEach
	void relationship() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.ownerEmail = "owner-" + run + "@example.org";
		SignedIn.asSystem(() -> {
			this.groupId = this.directory.createUnit(new OrgUnitDraft("Forms IT " + run, UnitKind.IT_GROUP, null)).id();
			this.salesId = this.directory
				.createUnit(new OrgUnitDraft("Forms Sales " + run, UnitKind.BUSINESS_UNIT, null))
				.id();
			long owner = this.directory
				.createPerson(new PersonDraft("Owner " + run, null, this.ownerEmail, null, this.groupId, null, true))
				.id();
			this.relationshipId = this.relationships
				.establish(new RelationshipDraft(this.groupId, this.salesId, owner, Tier.CORE, null))
				.id();
			return null;
		});
	}

	@Test
	void aStakeholderWithATooLongNameAndABadEmailFromHtmxGetsTheFormAloneWithBothErrorsAndNothingIsStored()
			throws Exception {
		this.mvc.perform(htmx(stakeholder().param("name", "N".repeat(300)).param("email", "not-an-email")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"stakeholder-form\"")))
			.andExpect(content().string(containsString("id=\"stakeholder-name-error\"")))
			.andExpect(content().string(containsString("id=\"stakeholder-email-error\"")))
			.andExpect(content().string(containsString("value=\"not-an-email\"")));
		assertThat(stakeholders()).isZero();
	}

	@Test
	void aStakeholderWithABadEmailPostedWithoutHtmxGetsThePageWithTheErrorBesideTheFieldAndWhatWasTyped()
			throws Exception {
		this.mvc.perform(stakeholder().param("name", "Ada Example").param("email", "ada@").param("role", "CFO"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"stakeholder-email-error\"")))
			.andExpect(content().string(containsString("value=\"ada@\"")))
			.andExpect(content().string(containsString("value=\"Ada Example\"")))
			.andExpect(content().string(containsString("value=\"CFO\"")));
		assertThat(stakeholders()).isZero();
	}

	@Test
	void aStakeholderFromHtmxThatIsAcceptedSendsTheBrowserToTheRelationshipsPage() throws Exception {
		this.mvc.perform(htmx(stakeholder().param("name", "Ada Example").param("email", "ada@example.org")))
			.andExpect(status().isOk())
			.andExpect(
					header().string("HX-Redirect", "/relationships/" + this.relationshipId + "?section=stakeholders"));
		assertThat(stakeholders()).isOne();
	}

	@Test
	void anUnknownOwnerIsShownBesideTheOwnerFieldKeepingWhatWasTyped() throws Exception {
		this.mvc
			.perform(htmx(post("/relationships/{id}/owner", this.relationshipId).param("ownerRef", "nobody-here")
				.param("version", "0")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"ownerRef-error\"")))
			.andExpect(content().string(containsString("value=\"nobody-here\"")));
		this.mvc
			.perform(signedIn(
					post("/relationships/{id}/owner", this.relationshipId).param("ownerRef", "").param("version", "0")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("Name the owner by employee id or email")));
	}

	@Test
	void anOwnerPostedOverANewerVersionSaysWhoOwnsItNowAndKeepsTheNameTyped() throws Exception {
		SignedIn.asSystem(
				() -> this.relationships.change(this.relationshipId, new RelationshipDraft(this.groupId, this.salesId,
						this.relationships.relationship(this.relationshipId).ownerId(), Tier.STRATEGIC, null, 0L)));
		this.mvc
			.perform(htmx(post("/relationships/{id}/owner", this.relationshipId).param("ownerRef", this.ownerEmail)
				.param("version", "0")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this meanwhile; it is now:")))
			.andExpect(content().string(containsString("value=\"" + this.ownerEmail + "\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
	}

	@Test
	void aMaturityDayInTheFutureIsShownBesideTheDayAndNothingIsRecorded() throws Exception {
		this.mvc
			.perform(htmx(post("/relationships/{id}/maturity", this.relationshipId).param("side", "COUNTERPART")
				.param("level", "2")
				.param("assessedOn", "2099-01-01")
				.param("note", "Said in the review")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"maturity-assessedOn-error\"")))
			.andExpect(content().string(containsString("value=\"2099-01-01\"")))
			.andExpect(content().string(containsString("value=\"Said in the review\"")));
		assertThat(SignedIn.asSystem(() -> this.relationships.maturity(this.relationshipId)).history()).isEmpty();
	}

	@Test
	void establishingWithoutACounterpartNamesTheFieldAndKeepsTheRest() throws Exception {
		this.mvc
			.perform(htmx(post("/relationships/new").param("itGroupId", String.valueOf(this.groupId))
				.param("ownerRef", this.ownerEmail)
				.param("tier", "STRATEGIC")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"relationship-form\"")))
			.andExpect(content().string(containsString("Choose the counterpart")))
			.andExpect(content().string(containsString("value=\"" + this.ownerEmail + "\"")))
			.andExpect(content().string(containsString("value=\"STRATEGIC\" selected")));
		this.mvc
			.perform(signedIn(post("/relationships/new").param("itGroupId", String.valueOf(this.groupId))
				.param("counterpartId", String.valueOf(this.salesId))
				.param("ownerRef", "nobody-here")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("field-error")))
			.andExpect(content().string(containsString("value=\"nobody-here\"")));
	}

	private MockHttpServletRequestBuilder stakeholder() {
		return signedIn(post("/relationships/{id}/stakeholders", this.relationshipId).param("influence", "4")
			.param("interest", "2")
			.param("stance", "SCEPTIC"));
	}

	private MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername("root"))).with(csrf());
	}

	private MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return signedIn(request).header("HX-Request", "true");
	}

	private int stakeholders() {
		return SignedIn.asSystem(() -> this.relationships.stakeholders(this.relationshipId)).size();
	}

}
