package org.rapport.relationships.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The relationship page's tier form, posted over a relationship someone else changed
 * meanwhile.
 */
@SpringBootTest(properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
		"rapport.admin.password=deep-cellar-key" })
@AutoConfigureMockMvc
class StaleRelationshipFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Test
	void aTierPostedOverANewerVersionSaysWhatItIsNowKeepsTheChoiceAndChangesNothing() throws Exception {
		RelationshipMother.Sample sample = new RelationshipMother(this.directory, this.accounts, this.relationships)
			.sample("Stale");
		long id = sample.id();
		SignedIn.asSystem(() -> this.relationships.change(id,
				new RelationshipDraft(sample.itGroupId(), sample.counterpartId(), sample.ownerId(), Tier.STRATEGIC,
						List.of(sample.participantId()), sample.relationship().version())));

		this.mvc
			.perform(post("/relationships/{id}/tier", id).with(user(this.users.loadUserByUsername("root")))
				.with(csrf())
				.param("tier", "TRANSACTIONAL")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this while you were editing it")))
			.andExpect(content().string(containsString("Now: Strategic")))
			.andExpect(content().string(containsString("value=\"TRANSACTIONAL\" selected")));
		assertThat(SignedIn.asSystem(() -> this.relationships.relationship(id)).tier()).isEqualTo(Tier.STRATEGIC);

		this.mvc
			.perform(post("/relationships/{id}/tier", id).with(user(this.users.loadUserByUsername("root")))
				.with(csrf())
				.param("tier", "TRANSACTIONAL")
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(SignedIn.asSystem(() -> this.relationships.relationship(id)).tier()).isEqualTo(Tier.TRANSACTIONAL);
	}

}
