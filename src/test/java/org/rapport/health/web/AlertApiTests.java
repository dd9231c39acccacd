package org.rapport.health.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.Stance;
import org.rapport.relationships.Tier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts over real HTTP: the keyset-paged list with its filters, and acknowledging,
 * snoozing and assigning an alert, with the problems that name the field at fault and the
 * conflicts of changes that come too late.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=alert-root", "rapport.admin.password=lantern-on-the-quay" })
class AlertApiTests {

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	JsonMapper json;

	RelationshipMother mother;

	String owner;

	String participant;

	long ownerId;

	long colleague;

	long outsider;

	long relationship;

	@BeforeEach
	void relationshipWithTwoDetractorsAlerts() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long group = this.mother.itGroup("Alert Desk");
		this.ownerId = this.mother.itPerson("Alert Owner", group);
		long participantId = this.mother.itPerson("Alert Helper", group);
		this.colleague = this.mother.itPerson("Alert Colleague", this.mother.itGroup("Alert Elsewhere"));
		long legal = this.mother.businessUnit("Alert Legal");
		this.outsider = this.mother.outsider("Alert Counsel", legal);
		this.owner = "alert-owner-" + this.mother.run() + ":quiet-harbour-" + this.mother.run();
		this.participant = "alert-helper-" + this.mother.run() + ":quiet-harbour-" + this.mother.run();
		this.mother.account("alert-owner-" + this.mother.run(), "quiet-harbour-" + this.mother.run(), this.ownerId,
				Role.IT_STAFF);
		this.mother.account("alert-helper-" + this.mother.run(), "quiet-harbour-" + this.mother.run(), participantId,
				Role.IT_STAFF);
		this.relationship = this.mother.establish(group, legal, this.ownerId, Tier.CORE, participantId).id();
		long vendor = this.mother.vendor("Alert Vendor");
		long second = this.mother.establish(group, vendor, this.ownerId, Tier.CORE).id();
		SignedIn.asSystem(() -> {
			for (long id : new long[] { this.relationship, second }) {
				this.relationships.addStakeholder(id,
						new StakeholderDraft(null, "Dana Reyes", null, null, 5, 4, Stance.DETRACTOR, null));
			}
			return null;
		});
	}

	@Test
	void theListIsAKeysetPageOfItemsThatSayWhereEachAlertStands() throws Exception {
		JsonNode first = read(get("/api/v1/alerts?size=1", this.owner));
		assertThat(first.path("items")).hasSize(1);
		assertThat(first.path("next").isString()).isTrue();
		JsonNode item = first.path("items").get(0);
		assertThat(item.path("id").asLong()).isPositive();
		assertThat(item.path("type").asString()).isEqualTo("DETRACTOR");
		assertThat(item.path("relationshipName").asString()).contains("Alert");
		assertThat(item.path("raisedOn").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(item.path("state").asString()).isEqualTo("OPEN");
		assertThat(item.path("acknowledgement").isNull()).isTrue();
		assertThat(item.path("snoozedUntil").isNull()).isTrue();
		assertThat(item.path("assignee").isNull()).isTrue();
		assertThat(item.path("actionable").asBoolean()).isTrue();

		JsonNode second = read(get("/api/v1/alerts?size=1&after=" + first.path("next").asString(), this.owner));
		assertThat(second.path("items")).hasSize(1);
		assertThat(second.path("items").get(0).path("id").asLong()).isNotEqualTo(item.path("id").asLong());
		assertThat(second.path("next").isNull()).isTrue();

		for (String size : new String[] { "0", "201" }) {
			HttpResponse<String> bad = get("/api/v1/alerts?size=" + size, this.owner);
			assertThat(bad.statusCode()).isEqualTo(400);
			assertThat(read(bad).path("errors").get(0).path("field").asString()).isEqualTo("size");
		}
		HttpResponse<String> badCursor = get("/api/v1/alerts?after=bm90LW91cnM", this.owner);
		assertThat(badCursor.statusCode()).isEqualTo(400);
		assertThat(read(badCursor).path("errors").get(0).path("field").asString()).isEqualTo("after");
		HttpResponse<String> badState = get("/api/v1/alerts?state=closed", this.owner);
		assertThat(badState.statusCode()).isEqualTo(400);
		assertThat(read(badState).path("errors").get(0).path("field").asString()).isEqualTo("state");
	}

	@Test
	void anAcknowledgedAlertLeavesTheOpenListAndASecondAcknowledgementIsAConflict() throws Exception {
		long id = firstAlert();

		HttpResponse<String> acknowledged = post(id, "acknowledgement", "{\"note\": \"Lunch with Dana booked\"}",
				this.owner);

		assertThat(acknowledged.statusCode()).isEqualTo(200);
		assertThat(acknowledged.headers().firstValue("ETag")).hasValue("\"1\"");
		JsonNode alert = read(acknowledged);
		assertThat(alert.path("state").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(alert.path("acknowledgement").path("note").asString()).isEqualTo("Lunch with Dana booked");
		assertThat(alert.path("acknowledgement").path("by").asString()).startsWith("alert-owner-");
		assertThat(alert.path("acknowledgement").path("at").asString()).isNotBlank();
		assertThat(ids("/api/v1/alerts")).doesNotContain(id);
		assertThat(ids("/api/v1/alerts?state=acknowledged")).containsExactly(id);
		assertThat(ids("/api/v1/alerts?state=all")).contains(id).hasSize(2);

		HttpResponse<String> again = post(id, "acknowledgement", "{\"note\": \"Me too\"}", this.owner);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(read(again).path("detail").asString()).contains("acknowledged already");
	}

	@Test
	void eachActionNamesTheFieldItRefuses() throws Exception {
		long id = firstAlert();

		assertRefused(post(id, "acknowledgement", "{\"note\": \"  \"}", this.owner), "note");
		assertRefused(post(id, "acknowledgement", "{\"note\": \"" + "x".repeat(1001) + "\"}", this.owner), "note");
		assertRefused(post(id, "snooze", "{}", this.owner), "until");
		assertRefused(post(id, "snooze", "{\"until\": \"" + LocalDate.now() + "\"}", this.owner), "until");
		assertRefused(post(id, "snooze", "{\"until\": \"" + LocalDate.now().plusDays(91) + "\"}", this.owner), "until");
		assertRefused(post(id, "assignment", "{\"personId\": " + this.outsider + "}", this.owner), "personId");
		assertRefused(post(id, "assignment", "{\"personId\": 987654321}", this.owner), "personId");
		assertRefused(post(id, "assignment", "{}", this.owner), "personId");
		assertThat(read(get("/api/v1/alerts/" + id, this.owner)).path("version").asLong()).isZero();
	}

	@Test
	void aSnoozeAndAnAssignmentShowInTheItemAndAStaleIfMatchIsRefused() throws Exception {
		long id = firstAlert();
		LocalDate until = LocalDate.now().plusDays(14);

		HttpResponse<String> snoozed = new JsonApi(this.port).send("POST", "/api/v1/alerts/" + id + "/snooze",
				this.owner, "{\"until\": \"" + until + "\"}", Map.of("If-Match", "\"0\""));
		assertThat(snoozed.statusCode()).isEqualTo(200);
		assertThat(read(snoozed).path("state").asString()).isEqualTo("SNOOZED");
		assertThat(read(snoozed).path("snoozedUntil").asString()).isEqualTo(until.toString());
		assertThat(ids("/api/v1/alerts?state=snoozed")).containsExactly(id);

		HttpResponse<String> stale = new JsonApi(this.port).send("POST", "/api/v1/alerts/" + id + "/assignment",
				this.owner, "{\"personId\": " + this.colleague + "}", Map.of("If-Match", "\"0\""));
		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(read(stale).path("currentVersion").asLong()).isEqualTo(1);

		HttpResponse<String> assigned = post(id, "assignment", "{\"personId\": " + this.colleague + "}", this.owner);
		assertThat(assigned.statusCode()).isEqualTo(200);
		assertThat(read(assigned).path("assignee").path("id").asLong()).isEqualTo(this.colleague);
		assertThat(read(assigned).path("assignee").path("name").asString()).startsWith("Alert Colleague");
	}

	@Test
	void whoSeesAnAlertButDoesNotOwnItsRelationshipReadsItAndMayNotActOnIt() throws Exception {
		long id = firstAlert();

		JsonNode seen = read(get("/api/v1/alerts/" + id, this.participant));
		assertThat(seen.path("actionable").asBoolean()).isFalse();
		HttpResponse<String> refused = post(id, "acknowledgement", "{\"note\": \"On it\"}", this.participant);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(get("/api/v1/alerts/" + id, "alert-root:lantern-on-the-quay").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/alerts/987654321", this.owner).statusCode()).isEqualTo(404);
	}

	@Test
	void theHealthResourceCarriesEachComponentWeekByWeek() throws Exception {
		JsonNode health = read(get("/api/v1/relationships/" + this.relationship + "/health", this.owner));

		JsonNode week = health.path("history").get(health.path("history").size() - 1);
		assertThat(week.path("components").path("ENGAGEMENT").asInt()).isEqualTo(100);
		assertThat(week.path("components").path("STANCE").asInt()).isZero();
		assertThat(week.path("components").has("PERCEPTION")).isFalse();
	}

	private long firstAlert() throws Exception {
		return read(get("/api/v1/alerts?relationshipId=" + this.relationship, this.owner)).path("items")
			.get(0)
			.path("id")
			.asLong();
	}

	private java.util.List<Long> ids(String path) throws Exception {
		return read(get(path, this.owner)).path("items").findValues("id").stream().map(JsonNode::asLong).toList();
	}

	private void assertRefused(HttpResponse<String> response, String field) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(read(response).path("errors").findValuesAsString("field")).containsExactly(field);
	}

	private HttpResponse<String> get(String path, String credentials) throws Exception {
		return new JsonApi(this.port).send("GET", path, credentials, null, Map.of("Accept", JsonApi.ACCEPT));
	}

	private HttpResponse<String> post(long id, String action, String body, String credentials) throws Exception {
		return new JsonApi(this.port).send("POST", "/api/v1/alerts/" + id + "/" + action, credentials, body,
				Map.of("Accept", JsonApi.ACCEPT));
	}

	private JsonNode read(HttpResponse<String> response) throws Exception {
		return this.json.readTree(response.body());
	}

}
