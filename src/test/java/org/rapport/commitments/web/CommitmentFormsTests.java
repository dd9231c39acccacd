package org.rapport.commitments.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.commitments.CommitmentDraft;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.commitments.CommitmentState;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms that move a commitment: a renegotiation refused comes back with the error
 * beside the new due date of its own row and the date typed, as the commitments page or,
 * for htmx, as the list alone.
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

	long relationshipId;

	long commitmentId;

	@BeforeEach
	void commitment() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		SignedIn.asSystem(() -> {
			long group = this.directory.createUnit(new OrgUnitDraft("Promise IT " + run, UnitKind.IT_GROUP, null)).id();
			long sales = this.directory
				.createUnit(new OrgUnitDraft("Promise Sales " + run, UnitKind.BUSINESS_UNIT, null))
				.id();
			long owner = this.directory
				.createPerson(new PersonDraft("Owner " + run, null, null, null, group, null, true))
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
			.andExpect(redirectedUrl("/relationships/" + this.relationshipId))
			.andExpect(flash().attribute("commitmentStale", true));
		this.mvc
			.perform(signedIn(post("/commitments/{id}/transitions", this.commitmentId).param("to", "BROKEN")
				.param("relationshipId", String.valueOf(this.relationshipId))).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", "/relationships/" + this.relationshipId))
			.andExpect(flash().attribute("commitmentConflict", true));
		assertThat(state()).isEqualTo(CommitmentState.KEPT);
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
