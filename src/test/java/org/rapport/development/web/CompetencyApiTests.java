package org.rapport.development.web;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.JsonApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The competency framework over real HTTP: the documented shapes, a competency added,
 * read with its ETag and changed under If-Match, refusals that name their field, and a
 * CSV import that lists its bad rows and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=admin", "rapport.admin.password=keys-of-the-castle" })
class CompetencyApiTests {

	private static final String ADMIN = "admin:keys-of-the-castle";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void aCompetencyIsAddedReadAndChangedOverItsETag() throws Exception {
		JsonApi api = new JsonApi(this.port);

		HttpResponse<String> framework = api.get("/api/v1/competencies", ADMIN);
		assertThat(framework.statusCode()).isEqualTo(200);
		JsonNode first = this.json.readTree(framework.body()).get(0);
		assertThat(first.get("key").asString()).isEqualTo("active-listening");
		assertThat(first.get("levels").values()).hasSize(4);

		HttpResponse<String> added = api.send("POST", "/api/v1/competencies", ADMIN,
				"{\"name\": \"Giving feedback\", \"description\": \"Says what works and what does not, kindly.\", "
						+ "\"levels\": [\"One.\", \"Two.\", \"Three.\", \"Four.\"]}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		assertThat(added.headers().firstValue("Location")).hasValue("/api/v1/competencies/giving-feedback");
		String etag = added.headers().firstValue("ETag").orElseThrow();

		String change = "{\"name\": \"Giving feedback\", \"description\": \"Says what works, kindly.\", "
				+ "\"levels\": [\"One.\", \"Two.\", \"Three.\", \"Four.\"], \"active\": false}";
		HttpResponse<String> changed = api.send("PUT", "/api/v1/competencies/giving-feedback", ADMIN, change,
				Map.of("If-Match", etag));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(this.json.readTree(changed.body()).get("active").asBoolean()).isFalse();
		assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

		HttpResponse<String> stale = api.send("PUT", "/api/v1/competencies/giving-feedback", ADMIN, change,
				Map.of("If-Match", etag));
		assertThat(stale.statusCode()).isEqualTo(412);

		HttpResponse<String> again = api.send("POST", "/api/v1/competencies", ADMIN,
				"{\"name\": \"Giving  Feedback!\", \"description\": \"Again.\", "
						+ "\"levels\": [\"One.\", \"Two.\", \"Three.\", \"Four.\"]}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(this.json.readTree(again.body()).get("errors").get(0).get("field").asString()).isEqualTo("name");

		HttpResponse<String> bad = api.send("POST", "/api/v1/competencies", ADMIN,
				"{\"name\": \"Three levels\", \"description\": \"What.\", \"levels\": [\"One.\", \"Two.\", \"Three.\"]}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(bad.body()).get("errors").get(0).get("field").asString()).isEqualTo("levels");

		assertThat(api.get("/api/v1/competencies/nothing-like-it", ADMIN).statusCode()).isEqualTo(404);
	}

	@Test
	void anImportListsItsBadRowsAndStoresNothingAndTheExportReadsBack() throws Exception {
		JsonApi api = new JsonApi(this.port);
		String before = api.get("/api/v1/competencies", ADMIN).body();

		HttpResponse<String> refused = api.upload("/api/v1/competencies/imports", ADMIN, "framework.csv", """
				key,name,description,level_1,level_2,level_3,level_4
				empathy,Empathy,Changed.,One.,Two.,Three.,Four.
				,Coaching others,,One.,Two.,Three.,Four.
				""", Map.of());

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		JsonNode report = this.json.readTree(refused.body());
		assertThat(report.get("stored").asBoolean()).isFalse();
		assertThat(report.get("rejected").get(0).get("row").asInt()).isEqualTo(3);
		assertThat(report.get("rejected").get(0).get("reason").asString())
			.isEqualTo("Say what the competency is in up to 400 characters.");
		assertThat(api.get("/api/v1/competencies", ADMIN).body()).isEqualTo(before);

		HttpResponse<String> export = api.get("/api/v1/competencies/export", ADMIN);
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.body()).startsWith("\uFEFFkey,name,description,level_1,level_2,level_3,level_4,active")
			.contains("active-listening,Active listening,");
		HttpResponse<String> back = api.upload("/api/v1/competencies/imports", ADMIN, "framework.csv",
				export.body().substring(1), Map.of());
		assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
		JsonNode same = this.json.readTree(back.body());
		assertThat(same.get("added").asInt()).isZero();
		assertThat(same.get("changed").asInt()).isZero();
	}

}
