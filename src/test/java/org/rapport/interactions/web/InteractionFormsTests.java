package org.rapport.interactions.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionSummary;
import org.rapport.interactions.InteractionType;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The touchpoint's correction page and the deletion confirmed in the timeline: the
 * actions offered only to whoever may take them, refused input beside its field with what
 * was typed, a correction over a version someone else moved, and deletion by a post.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@AutoConfigureMockMvc
class InteractionFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	InteractionManagement interactions;

	@Autowired
	UserDetailsService users;

	RelationshipMother mother;

	RelationshipMother.Sample sample;

	InteractionSummary touchpoint;

	String owner;

	String participant;

	LocalDate today = LocalDate.now();

	@BeforeEach
	void touchpointLoggedByTheOwner() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.sample = this.mother.sample("Touchpoint Forms");
		this.owner = "forms-owner-" + this.mother.run();
		this.participant = "forms-partner-" + this.mother.run();
		this.mother.account(this.owner, "forms-password", this.sample.ownerId(), Role.IT_STAFF);
		this.mother.account(this.participant, "forms-password", this.sample.participantId(), Role.IT_STAFF);
		this.touchpoint = SignedIn.as(this.users, this.owner,
				() -> this.interactions.log(this.sample.id(),
						new InteractionDraft(InteractionType.CALL, this.today, "Call about the budget", 1,
								List.of(this.sample.participantId()), List.of(this.sample.stakeholder().id()),
								"They may cut it")));
	}

	@Test
	void theTimelineOffersEditAndDeleteOnlyToThoseWhoMayTakeThem() throws Exception {
		this.mvc.perform(as(this.owner, get("/relationships/{id}/interactions", this.sample.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + edit() + "\"")))
			.andExpect(content().string(containsString("action=\"" + delete() + "\" method=\"post\"")))
			.andExpect(content().string(containsString("Delete this touchpoint? Commitments made in it stay.")));
		this.mvc.perform(as(this.participant, get("/relationships/{id}/interactions", this.sample.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Call about the budget")))
			.andExpect(content().string(not(containsString(edit()))));
		this.mvc.perform(as(this.participant, get(edit()))).andExpect(status().isForbidden());
		this.mvc.perform(as(this.participant, post(delete())).param("version", "0")).andExpect(status().isForbidden());
		assertThat(stored().summary()).isEqualTo("Call about the budget");
	}

	@Test
	void theCorrectionPageIsFilledWithTheTouchpointAsStored() throws Exception {
		String participantRef = SignedIn.asSystem(() -> this.directory.person(this.sample.participantId())).reference();

		this.mvc.perform(as(this.owner, get(edit())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Correct the touchpoint")))
			.andExpect(content().string(containsString("value=\"CALL\" selected")))
			.andExpect(content().string(containsString("value=\"" + this.today + "\"")))
			.andExpect(content().string(containsString(">Call about the budget</textarea>")))
			.andExpect(content().string(containsString(">They may cut it</textarea>")))
			.andExpect(content().string(containsString("value=\"" + participantRef + "\"")))
			.andExpect(
					content().string(containsString("name=\"version\" value=\"" + this.touchpoint.version() + "\"")));
	}

	@Test
	void aCorrectionIsStoredAndTheBrowserGoesBackToTheTimeline() throws Exception {
		this.mvc
			.perform(correction(this.owner, "Meeting about the budget", this.today.minusDays(1).toString())
				.param("participantRefs", "")
				.param("version", String.valueOf(this.touchpoint.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/relationships/" + this.sample.id() + "?section=timeline"))
			.andExpect(flash().attribute("touchpointCorrected", true));

		assertThat(stored().summary()).isEqualTo("Meeting about the budget");
		assertThat(stored().type()).isEqualTo(InteractionType.MEETING);
		assertThat(stored().occurredOn()).isEqualTo(this.today.minusDays(1));
		assertThat(stored().participantIds()).isEmpty();
	}

	@Test
	void refusedInputComesBackBesideItsFieldWithWhatWasTypedAndNothingIsStored() throws Exception {
		this.mvc.perform(correction(this.owner, "Typed but refused", this.today.plusDays(3).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"occurredOn\"")))
			.andExpect(content().string(containsString("class=\"field-error\">The day is in the future")))
			.andExpect(content().string(containsString(">Typed but refused</textarea>")))
			.andExpect(content().string(containsString("value=\"MEETING\" selected")));
		this.mvc
			.perform(correction(this.owner, "Typed again", this.today.toString()).param("participantRefs",
					"nobody-here"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"nobody-here\"")))
			.andExpect(content().string(containsString("No one has the employee id or email")));
		assertThat(stored().summary()).isEqualTo("Call about the budget");
	}

	@Test
	void aCorrectionOverAVersionSomeoneElseMovedSaysWhatItIsNowAndKeepsTheInput() throws Exception {
		long old = this.touchpoint.version();
		SignedIn.as(this.users, this.owner, () -> this.interactions.correct(this.touchpoint.id(),
				new InteractionDraft(InteractionType.CALL, this.today, "Changed meanwhile", 1, null, null), old));

		this.mvc
			.perform(correction(this.owner, "Mine, typed over the old version", this.today.toString()).param("version",
					String.valueOf(old)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this while you were editing it")))
			.andExpect(content().string(containsString("Now: Changed meanwhile")))
			.andExpect(content().string(containsString(">Mine, typed over the old version</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (old + 1) + "\"")));
		assertThat(stored().summary()).isEqualTo("Changed meanwhile");
	}

	@Test
	void aDeletionOverTheCurrentVersionDeletesAndAStaleOneDoesNot() throws Exception {
		this.mvc.perform(as(this.owner, post(delete())).param("version", String.valueOf(this.touchpoint.version() + 5)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("touchpointConflict", true));
		assertThat(stored().summary()).isEqualTo("Call about the budget");

		this.mvc.perform(as(this.owner, post(delete())).param("version", String.valueOf(this.touchpoint.version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/relationships/" + this.sample.id() + "?section=timeline"))
			.andExpect(flash().attribute("touchpointDeleted", true));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(this::stored);
	}

	@Test
	void deletingIsNeverAGet() throws Exception {
		this.mvc.perform(as(this.owner, get(delete()))).andExpect(status().is4xxClientError());
		assertThat(stored().summary()).isEqualTo("Call about the budget");
	}

	private MockHttpServletRequestBuilder correction(String who, String summary, String day) {
		return as(who, post(edit())).param("type", "MEETING")
			.param("occurredOn", day)
			.param("summary", summary)
			.param("sentiment", "0");
	}

	private InteractionSummary stored() {
		return SignedIn.as(this.users, this.owner, () -> this.interactions.interaction(this.touchpoint.id()));
	}

	private String edit() {
		return "/interactions/" + this.touchpoint.id() + "/edit";
	}

	private String delete() {
		return "/interactions/" + this.touchpoint.id() + "/delete";
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername(username))).with(csrf());
	}

}
