package org.rapport.commitments.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.commitments.CommitmentAmendment;
import org.rapport.commitments.CommitmentDraft;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.commitments.CommitmentState;
import org.rapport.commitments.CommitmentSummary;
import org.rapport.commitments.Transition;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms that make, correct and move a commitment: a refusal comes back with the error
 * beside its field and what was typed, as the commitments page or, for htmx, as the list
 * alone.
 */
@SpringBootTest(properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
		"rapport.admin.password=deep-cellar-key" })
@AutoConfigureMockMvc
class CommitmentFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	CommitmentManagement commitments;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	long relationshipId;

	long commitmentId;

	String run;

	String ownerRef;

	@BeforeEach
	void commitment() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.run = run;
		this.ownerRef = "OWN-" + run;
		SignedIn.asSystem(() -> {
			long group = this.directory.createUnit(new OrgUnitDraft("Promise IT " + run, UnitKind.IT_GROUP, null)).id();
			long sales = this.directory
				.createUnit(new OrgUnitDraft("Promise Sales " + run, UnitKind.BUSINESS_UNIT, null))
				.id();
			long owner = this.directory
				.createPerson(new PersonDraft("Owner " + run, this.ownerRef, null, null, group, null, true))
				.id();
			this.relationshipId = this.relationships
				.establish(new RelationshipDraft(group, sales, owner, Tier.CORE, null))
				.id();
			this.commitmentId = this.commitments
				.make(this.relationshipId,
						new CommitmentDraft("Send the plan " + run, owner, LocalDate.of(2099, 6, 1), null))
				.id();
			return null;
		});
	}

	@Test
	void aRenegotiationToAPastDayFromHtmxGetsTheListWithTheErrorBesideTheDateAndTheDateTyped() throws Exception {
		this.mvc.perform(renegotiate("2001-02-03").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"commitments\"")))
			.andExpect(content().string(containsString("id=\"due-" + this.commitmentId + "-error\"")))
			.andExpect(content().string(containsString("value=\"2001-02-03\"")));
		assertThat(state()).isEqualTo(CommitmentState.OPEN);
	}

	@Test
	void aRenegotiationToAPastDayPostedWithoutHtmxGetsTheCommitmentsPageWithTheErrorBesideTheDate() throws Exception {
		this.mvc.perform(renegotiate("2001-02-03"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"due-" + this.commitmentId + "-error\"")))
			.andExpect(content().string(containsString("value=\"2001-02-03\"")));
		assertThat(state()).isEqualTo(CommitmentState.OPEN);
	}

	@Test
	void aCommitmentMovedMeanwhileKeepsItsNoticeOnTheRelationshipsPage() throws Exception {
		SignedIn.asSystem(
				() -> this.commitments.transition(this.commitmentId, new Transition(CommitmentState.KEPT, null, null)));
		this.mvc
			.perform(signedIn(post("/commitments/{id}/transitions", this.commitmentId).param("to", "BROKEN")
				.param("relationshipId", String.valueOf(this.relationshipId))
				.param("version", "0")))
			.andExpect(redirectedUrl("/relationships/" + this.relationshipId + "?section=commitments"))
			.andExpect(flash().attribute("commitmentStale", true));
		this.mvc
			.perform(signedIn(post("/commitments/{id}/transitions", this.commitmentId).param("to", "BROKEN")
				.param("relationshipId", String.valueOf(this.relationshipId))).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", "/relationships/" + this.relationshipId + "?section=commitments"))
			.andExpect(flash().attribute("commitmentConflict", true));
		assertThat(state()).isEqualTo(CommitmentState.KEPT);
	}

	@Test
	void aCommitmentDueBeforeTodayComesBackWithTheErrorBesideTheDayAndWhatWasTyped() throws Exception {
		String yesterday = LocalDate.now(this.clock).minusDays(1).toString();
		this.mvc
			.perform(signedIn(post("/relationships/{id}/commitments", this.relationshipId)
				.param("description", "Send last week's minutes")
				.param("ownerRef", this.ownerRef)
				.param("dueOn", yesterday)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("The due date is in the past")))
			.andExpect(content().string(containsString("value=\"Send last week&#39;s minutes\"")))
			.andExpect(content().string(containsString("value=\"" + yesterday + "\"")));
		assertThat(SignedIn.asSystem(() -> this.commitments.commitments(this.relationshipId))).hasSize(1);
	}

	@Test
	void aTouchpointWithAPromiseDueBeforeTodayIsRefusedAndNothingIsLogged() throws Exception {
		this.mvc
			.perform(signedIn(post("/relationships/{id}/touchpoints", this.relationshipId).param("type", "CALL")
				.param("occurredOn", LocalDate.now(this.clock).toString())
				.param("summary", "Weekly call")
				.param("sentiment", "0")
				.param("promise", "Send the call notes")
				.param("promiseOwnerRef", this.ownerRef)
				.param("promiseDueOn", LocalDate.now(this.clock).minusDays(2).toString())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The due date is in the past")))
			.andExpect(content().string(containsString("value=\"Send the call notes\"")));
		assertThat(SignedIn.asSystem(() -> this.commitments.commitments(this.relationshipId))).hasSize(1);
	}

	@Test
	void theEditFormOpensOnDemandWithTheCommitmentAsItIsAndSavingCorrectsIt() throws Exception {
		this.mvc.perform(signedIn(get("/commitments/{id}/edit", this.commitmentId)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"amend-form\"")))
			.andExpect(content().string(containsString("value=\"Send the plan " + this.run + "\"")))
			.andExpect(content().string(containsString("value=\"" + this.ownerRef + "\"")));
		this.mvc.perform(signedIn(get("/commitments/{id}/edit", this.commitmentId)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"amend-form\"")));
		assertThat(current().version()).as("opening the form changes nothing").isEqualTo(0);

		this.mvc
			.perform(signedIn(
					post("/commitments/{id}/edit", this.commitmentId).param("description", "Send the revised plan")
						.param("ownerRef", this.ownerRef)
						.param("version", "0")))
			.andExpect(redirectedUrl("/relationships/" + this.relationshipId + "?section=commitments"))
			.andExpect(flash().attribute("amended", true));
		assertThat(current().description()).isEqualTo("Send the revised plan");
	}

	@Test
	void anEditOverAVersionSomeoneElseChangedKeepsWhatWasTypedAndSaysSo() throws Exception {
		SignedIn.asSystem(() -> this.commitments.amend(this.commitmentId,
				new CommitmentAmendment("Send the plan by post", current().ownerId(), 0L)));

		this.mvc
			.perform(signedIn(
					post("/commitments/{id}/edit", this.commitmentId).param("description", "Send the plan by email")
						.param("ownerRef", this.ownerRef)
						.param("version", "0"))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this while you were editing it")))
			.andExpect(content().string(containsString("Now: Send the plan by post")))
			.andExpect(content().string(containsString("value=\"Send the plan by email\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(current().description()).isEqualTo("Send the plan by post");
	}

	@Test
	void anEditWithoutADescriptionComesBackWithTheErrorBesideIt() throws Exception {
		this.mvc
			.perform(signedIn(post("/commitments/{id}/edit", this.commitmentId).param("description", " ")
				.param("ownerRef", this.ownerRef)
				.param("version", "0")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"amend-form\"")))
			.andExpect(content().string(containsString("class=\"field-error\"")));
		assertThat(current().version()).isEqualTo(0);
	}

	@Test
	void anEditOfACommitmentClosedMeanwhileSaysItIsNoLongerPending() throws Exception {
		SignedIn.asSystem(
				() -> this.commitments.transition(this.commitmentId, new Transition(CommitmentState.KEPT, null, 0L)));

		this.mvc
			.perform(signedIn(post("/commitments/{id}/edit", this.commitmentId).param("description", "Send it anyway")
				.param("ownerRef", this.ownerRef)
				.param("version", "1")))
			.andExpect(redirectedUrl("/relationships/" + this.relationshipId + "?section=commitments"))
			.andExpect(flash().attribute("commitmentConflict", true));
		assertThat(current().description()).isEqualTo("Send the plan " + this.run);
	}

	private CommitmentSummary current() {
		return SignedIn.asSystem(() -> this.commitments.commitment(this.commitmentId));
	}

	private MockHttpServletRequestBuilder renegotiate(String day) {
		return signedIn(post("/commitments/{id}/transitions", this.commitmentId).param("to", "RENEGOTIATED")
			.param("dueOn", day)
			.param("relationshipId", String.valueOf(this.relationshipId))
			.param("version", "0"));
	}

	private MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername("root"))).with(csrf());
	}

	private CommitmentState state() {
		return SignedIn.asSystem(() -> this.commitments.commitments(this.relationshipId)).get(0).state();
	}

}
