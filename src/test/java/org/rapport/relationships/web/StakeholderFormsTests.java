package org.rapport.relationships.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.StakeholderSummary;

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
 * The relationship page's stakeholder forms: the form that changes one, opened as a page
 * or for htmx alone, refused input and a change over a version someone else moved, and
 * removal by a post after a confirmation.
 */
@SpringBootTest(properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
		"rapport.admin.password=deep-cellar-key" })
@AutoConfigureMockMvc
class StakeholderFormsTests {

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
		this.sample = new RelationshipMother(this.directory, this.accounts, this.relationships).sample("Forms");
	}

	@Test
	void theRelationshipPageOffersEachStakeholderAnEditLinkAndARemovalToConfirm() throws Exception {
		this.mvc.perform(signedIn(get("/relationships/{id}?section=stakeholders", this.sample.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + path() + "#stakeholder-change-form\"")))
			.andExpect(content().string(containsString("action=\"" + path() + "/remove\" method=\"post\"")))
			.andExpect(content()
				.string(containsString("Remove " + this.sample.stakeholder().name() + " from the stakeholders?")));
	}

	@Test
	void theEditLinkOpensThePageWithTheFormFilledAndForHtmxTheFormAlone() throws Exception {
		this.mvc.perform(signedIn(get(path())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("Change " + this.sample.stakeholder().name())))
			.andExpect(content().string(containsString("value=\"SUPPORTER\" selected")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version() + "\"")));
		this.mvc.perform(htmx(get(path())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"stakeholder-change-form\"")))
			.andExpect(content().string(containsString("hx-post=\"" + path() + "\"")));
	}

	@Test
	void aChangeIsStoredAndTheBrowserGoesBackToTheStakeholders() throws Exception {
		this.mvc.perform(change("DETRACTOR", "5").param("contactRef", "").param("version", String.valueOf(version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/relationships/" + this.sample.id() + "?section=stakeholders"));
		assertThat(stored().stance()).isEqualTo(Stance.DETRACTOR);
		assertThat(stored().influence()).isEqualTo(5);
		assertThat(stored().role()).isEqualTo("Chief buyer");
		assertThat(stored().itContactId()).isNull();

		this.mvc
			.perform(htmx(post(path())).param("influence", "2")
				.param("interest", "2")
				.param("stance", "NEUTRAL")
				.param("version", String.valueOf(version())))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", "/relationships/" + this.sample.id() + "?section=stakeholders"));
		assertThat(stored().stance()).isEqualTo(Stance.NEUTRAL);
	}

	@Test
	void refusedInputComesBackBesideItsFieldWithWhatWasTypedAndNothingIsStored() throws Exception {
		this.mvc.perform(change("CHAMPION", "4").param("contactRef", "nobody-here"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"change-contactRef-error\"")))
			.andExpect(content().string(containsString("value=\"nobody-here\"")))
			.andExpect(content().string(containsString("value=\"Chief buyer\"")))
			.andExpect(content().string(containsString("value=\"CHAMPION\" selected")));
		this.mvc.perform(htmx(post(path())).param("influence", "7").param("interest", "2").param("stance", "NEUTRAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"change-influence-error\"")));
		assertThat(stored().stance()).isEqualTo(Stance.SUPPORTER);
		assertThat(stored().influence()).isEqualTo(3);
	}

	@Test
	void aChangeOverAVersionSomeoneElseMovedSaysWhatItIsNowKeepsTheInputAndChangesNothing() throws Exception {
		long old = version();
		SignedIn.asSystem(() -> this.relationships.changeStakeholder(this.sample.id(), this.sample.stakeholder().id(),
				new StakeholderDraft(null, null, null, null, 3, 3, Stance.SCEPTIC, this.sample.ownerId()), old));

		this.mvc.perform(change("CHAMPION", "4").param("version", String.valueOf(old)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this while you were editing it")))
			.andExpect(content().string(containsString("Now: Sceptic")))
			.andExpect(content().string(containsString("value=\"CHAMPION\" selected")))
			.andExpect(content().string(containsString("value=\"Chief buyer\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (old + 1) + "\"")));
		assertThat(stored().stance()).isEqualTo(Stance.SCEPTIC);

		this.mvc.perform(change("CHAMPION", "4").param("version", String.valueOf(old + 1)))
			.andExpect(status().is3xxRedirection());
		assertThat(stored().stance()).isEqualTo(Stance.CHAMPION);
	}

	@Test
	void aRemovalPostedOverTheCurrentVersionRemovesTheStakeholderAndAStaleOneDoesNot() throws Exception {
		this.mvc.perform(signedIn(post(path() + "/remove")).param("version", String.valueOf(version() - 1)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("stakeholderStale", true));
		assertThat(SignedIn.asSystem(() -> this.relationships.stakeholders(this.sample.id()))).hasSize(1);

		this.mvc.perform(signedIn(post(path() + "/remove")).param("version", String.valueOf(version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/relationships/" + this.sample.id() + "?section=stakeholders"))
			.andExpect(flash().attribute("stakeholderRemoved", this.sample.stakeholder().name()));
		assertThat(SignedIn.asSystem(() -> this.relationships.stakeholders(this.sample.id()))).isEmpty();
	}

	@Test
	void removingIsNeverAGet() throws Exception {
		this.mvc.perform(signedIn(get(path() + "/remove"))).andExpect(status().is4xxClientError());
		assertThat(SignedIn.asSystem(() -> this.relationships.stakeholders(this.sample.id()))).hasSize(1);
	}

	private MockHttpServletRequestBuilder change(String stance, String influence) {
		return signedIn(post(path())).param("role", "Chief buyer")
			.param("influence", influence)
			.param("interest", "3")
			.param("stance", stance);
	}

	private String path() {
		return "/relationships/" + this.sample.id() + "/stakeholders/" + this.sample.stakeholder().id();
	}

	private long version() {
		return SignedIn.asSystem(() -> this.relationships.relationship(this.sample.id())).version();
	}

	private StakeholderSummary stored() {
		return SignedIn
			.asSystem(() -> this.relationships.stakeholder(this.sample.id(), this.sample.stakeholder().id()));
	}

	private MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername("root"))).with(csrf());
	}

	private MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return signedIn(request).header("HX-Request", "true");
	}

}
