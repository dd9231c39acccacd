package org.rapport.directory.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitDraft;
import org.rapport.directory.PersonDraft;
import org.rapport.directory.PersonSummary;
import org.rapport.directory.UnitKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing a person or a unit that someone else changed meanwhile: the page says so, shows
 * what is stored now and keeps what was typed; the API answers 412 or 409.
 */
@SpringBootTest(properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
		"rapport.admin.password=deep-cellar-key" })
@AutoConfigureMockMvc
class StaleEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	UserDetailsService users;

	String run;

	long unit;

	long person;

	@BeforeEach
	void person() {
		this.run = UUID.randomUUID().toString().substring(0, 8);
		SignedIn.asSystem(() -> {
			this.unit = this.directory
				.createUnit(new OrgUnitDraft("Stale Finance " + this.run, UnitKind.BUSINESS_UNIT, null))
				.id();
			this.person = this.directory
				.createPerson(new PersonDraft("Ada " + this.run, null, null, "Analyst", this.unit, null, false))
				.id();
			return null;
		});
	}

	@Test
	void aPersonFormPostedOverANewerVersionSaysSoShowsTheStoredValueAndKeepsWhatWasTyped() throws Exception {
		this.mvc.perform(get("/people/{id}/edit", this.person).with(user(admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		SignedIn.asSystem(() -> this.directory.updatePerson(this.person,
				new PersonDraft("Ada " + this.run, null, null, "Director", this.unit, null, false)));

		this.mvc
			.perform(post("/people/{id}/edit", this.person).with(user(admin()))
				.with(csrf())
				.param("name", "Ada " + this.run)
				.param("title", "Lead analyst")
				.param("unitId", String.valueOf(this.unit))
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this while you were editing it")))
			.andExpect(content().string(containsString("value=\"Lead analyst\"")))
			.andExpect(content().string(containsString("Now: Director")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(SignedIn.asSystem(() -> this.directory.person(this.person)).title()).isEqualTo("Director");

		this.mvc
			.perform(post("/people/{id}/edit", this.person).with(user(admin()))
				.with(csrf())
				.param("name", "Ada " + this.run)
				.param("title", "Lead analyst")
				.param("unitId", String.valueOf(this.unit))
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(SignedIn.asSystem(() -> this.directory.person(this.person)).title()).isEqualTo("Lead analyst");
	}

	@Test
	void aUnitFormPostedOverANewerVersionSaysSoAndKeepsWhatWasTyped() throws Exception {
		SignedIn.asSystem(() -> this.directory.updateUnit(this.unit,
				new OrgUnitDraft("Stale Treasury " + this.run, UnitKind.BUSINESS_UNIT, null)));

		this.mvc
			.perform(post("/units/{id}/edit", this.unit).with(user(admin()))
				.with(csrf())
				.param("name", "Stale Controlling " + this.run)
				.param("kind", "BUSINESS_UNIT")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this while you were editing it")))
			.andExpect(content().string(containsString("value=\"Stale Controlling " + this.run + "\"")))
			.andExpect(content().string(containsString("Now: Stale Treasury " + this.run)));
		assertThat(SignedIn.asSystem(() -> this.directory.unit(this.unit)).name())
			.isEqualTo("Stale Treasury " + this.run);
	}

	@Test
	void aPersonOverRestAnswersAnETagAndRefusesAStaleIfMatchWith412AndAStaleBodyWith409() throws Exception {
		this.mvc.perform(get("/api/v1/people/{id}", this.person).with(user(admin())))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""));
		String body = "{\"name\": \"Ada " + this.run + "\", \"title\": \"Head\", \"unitId\": " + this.unit + "}";
		this.mvc
			.perform(put("/api/v1/people/{id}", this.person).with(user(admin()))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""));

		this.mvc
			.perform(put("/api/v1/people/{id}", this.person).with(user(admin()))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("Head", "Deputy")))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(put("/api/v1/people/{id}", this.person).with(user(admin()))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("Head", "Deputy").replace("}", ", \"version\": 0}")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("Deputy"))));
		PersonSummary now = SignedIn.asSystem(() -> this.directory.person(this.person));
		assertThat(now.title()).isEqualTo("Head");
		assertThat(now.version()).isEqualTo(1);
	}

	private UserDetails admin() {
		return this.users.loadUserByUsername("root");
	}

}
