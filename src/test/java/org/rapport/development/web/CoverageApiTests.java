package org.rapport.development.web;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.JsonApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage over real HTTP, over the demo organisation: the documented shape, the
 * percentages agreeing with their counts, today's point of the trend being the overall
 * figures, an IT leader reading only the groups they lead, and IT staff refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=true", "rapport.demo.people=150" })
class CoverageApiTests {

	private static final List<String> MEASURES = List.of("PLAN", "TRAINING", "COACH_OR_MENTOR", "FEEDBACK",
			"RELATIONSHIP");

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void theHeadReadsCoverageOverallByQuarterAndPerGroup() throws Exception {
		JsonApi api = new JsonApi(this.port);

		HttpResponse<String> response = api.get("/api/v1/development/coverage", "brm:demo");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = this.json.readTree(response.body());
		JsonNode overall = report.get("overall");
		int people = overall.get("people").asInt();
		assertThat(people).isPositive();
		assertConsistent(overall);
		// The demo's staff member has a plan, a closed 360, trainings and a mentor, and
		// owners hold its relationships: every measure counts someone.
		for (JsonNode share : overall.get("shares")) {
			assertThat(share.get("count").asInt()).as(share.get("measure").asString()).isPositive();
		}
		JsonNode trend = report.get("trend");
		assertThat(trend.values()).hasSize(5);
		assertThat(trend.get(4).get("label").isNull()).isTrue();
		assertThat(trend.get(4).get("asOf").asString()).isEqualTo(report.get("asOf").asString());
		assertThat(trend.get(4).get("figures")).isEqualTo(overall);
		assertThat(trend.get(0).get("label").asString()).matches("\\d{4}-Q[1-4]");
		for (JsonNode point : trend) {
			assertConsistent(point.get("figures"));
		}
		JsonNode groups = report.get("groups");
		assertThat(groups.values()).isNotEmpty();
		for (JsonNode group : groups) {
			assertConsistent(group.get("now"));
			assertConsistent(group.get("before"));
			assertThat(group.get("now").get("people").asInt()).isLessThanOrEqualTo(people);
		}

		HttpResponse<String> led = api.get("/api/v1/development/coverage", "lead:demo");
		assertThat(led.statusCode()).as(led.body()).isEqualTo(200);
		Set<Long> all = ids(groups);
		Set<Long> leads = ids(this.json.readTree(led.body()).get("groups"));
		assertThat(leads).isNotEmpty();
		assertThat(all).containsAll(leads);
		assertThat(leads).hasSizeLessThan(all.size());

		assertThat(api.get("/api/v1/development/coverage", "staff:demo").statusCode()).isEqualTo(403);
		assertThat(api.get("/api/v1/development/coverage", null).statusCode()).isEqualTo(401);
	}

	private static void assertConsistent(JsonNode figures) {
		int people = figures.get("people").asInt();
		List<String> measures = figures.get("shares")
			.values()
			.stream()
			.map((share) -> share.get("measure").asString())
			.toList();
		assertThat(measures).isEqualTo(MEASURES);
		for (JsonNode share : figures.get("shares")) {
			int count = share.get("count").asInt();
			assertThat(count).isBetween(0, people);
			if (people == 0) {
				assertThat(share.get("percent").isNull()).isTrue();
			}
			else {
				assertThat(share.get("percent").asDouble()).isEqualTo(Math.round(count * 1000.0 / people) / 10.0);
			}
		}
	}

	private static Set<Long> ids(JsonNode groups) {
		Set<Long> ids = new HashSet<>();
		groups.forEach((group) -> ids.add(group.get("groupId").asLong()));
		return ids;
	}

}
