package org.rapport.directory.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.ApiTokenSummary;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitDraft;
import org.rapport.directory.PersonDraft;
import org.rapport.directory.PersonSummary;
import org.rapport.directory.Position;
import org.rapport.directory.UnitKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's REST API over real HTTP: keyset pages, filters, validation problems,
 * Basic and bearer-token authentication, and the roles that may change the directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=admin",
				"rapport.admin.password=keys-of-the-castle" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryApiTests {

	private static final String ADMIN = "admin:keys-of-the-castle";

	private static final String STAFF = "api-staff:staff-password";

	private static final String PROBLEM_JSON = "application/problem+json";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private DirectoryManagement directory;

	@Autowired
	private AccountManagement accounts;

	private long finance;

	private PersonSummary eve;

	/**
	 * Units and people whose names all hold "quokka", so that filtering by it finds only
	 * what this class created even when the application context is shared.
	 */
	@BeforeAll
	void createUnitsPeopleAndAnItStaffAccount() {
		SignedIn.withRole("admin", Role.ADMIN, () -> {
			this.finance = this.directory.createUnit(new OrgUnitDraft("Quokka Finance", UnitKind.BUSINESS_UNIT, null))
				.id();
			this.directory.createUnit(new OrgUnitDraft("quokka Sales", UnitKind.BUSINESS_UNIT, null));
			long platform = this.directory.createUnit(new OrgUnitDraft("Quokka Platform", UnitKind.IT_GROUP, null))
				.id();
			this.directory.createUnit(new OrgUnitDraft("Quokka Network", UnitKind.IT_GROUP, null));
			this.directory.createUnit(new OrgUnitDraft("Quokka Vendor Co", UnitKind.VENDOR, null));
			for (String name : List.of("Quokka Dee", "quokka Bea", "Quokka Ada", "Quokka Cy")) {
				this.directory.createPerson(new PersonDraft(name, null, null, null, this.finance, null, false));
			}
			this.eve = this.directory.createPerson(
					new PersonDraft("Quokka Eve", "Q-EVE", "eve@quokka.example", "Engineer", platform, null, true));
			this.accounts
				.createAccount(new AccountDraft("api-staff", "staff-password", this.eve.id(), Set.of(Role.IT_STAFF)));
			return null;
		});
	}

	@Test
	void pagesThroughOrgUnitsByNameUntilThereIsNoNextPage() throws Exception {
		List<String> names = allPages("/api/v1/org-units?q=quokka", 2, "name");

		assertThat(names).containsExactly("Quokka Finance", "Quokka Network", "Quokka Platform", "quokka Sales",
				"Quokka Vendor Co");
	}

	@Test
	void pagesThroughPeopleByNameUntilThereIsNoNextPage() throws Exception {
		List<String> names = allPages("/api/v1/people?q=QUOKKA", 2, "name");

		assertThat(names).doesNotHaveDuplicates()
			.isSortedAccordingTo(Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT)))
			.containsExactly("Quokka Ada", "quokka Bea", "Quokka Cy", "Quokka Dee", "Quokka Eve");
	}

	@Test
	void pagesThroughEveryoneWithoutRepeatingAnyone() throws Exception {
		List<String> ids = allPages("/api/v1/people", 2, "id");

		assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(5).contains(String.valueOf(this.eve.id()));
	}

	@Test
	void filtersPeopleByUnit() throws Exception {
		List<String> names = allPages("/api/v1/people?unit=" + this.finance, 3, "name");

		assertThat(names).containsExactly("Quokka Ada", "quokka Bea", "Quokka Cy", "Quokka Dee");
	}

	@Test
	void filtersUnitsByKind() throws Exception {
		assertThat(allPages("/api/v1/org-units?kind=IT_GROUP&q=quokka", 1, "name")).containsExactly("Quokka Network",
				"Quokka Platform");
		assertThat(allPages("/api/v1/org-units?kind=VENDOR&q=quokka", 50, "kind")).containsExactly("VENDOR");
	}

	@Test
	void answersAMalformedCursorWithAProblemNamingTheParameter() throws Exception {
		HttpResponse<String> response = get("/api/v1/people?after=not-a-cursor", ADMIN);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		assertThat(errorFields(response)).containsExactly("after");
	}

	@Test
	void refusesAPersonWithoutANameOrWithABadEmailNamingBothFields() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/people", ADMIN, """
				{"name": "  ", "email": "not-an-email", "employeeId": "Q-INVALID"}
				""");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		assertThat(errorFields(response)).containsExactlyInAnyOrder("name", "email");
		assertThat(this.json.readTree(response.body()).path("status").asInt()).isEqualTo(400);
		assertThat(get("/api/v1/people?q=invalid", ADMIN).body()).contains("\"items\":[]");
	}

	@Test
	void refusesAnEmailThatSomeoneElseHasNamingTheField() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/people", ADMIN, """
				{"name": "Quokka Copycat", "email": "EVE@quokka.example"}
				""");

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		assertThat(errorFields(response)).containsExactly("email");
	}

	@Test
	void createsReadsAndChangesAPerson() throws Exception {
		HttpResponse<String> created = send("POST", "/api/v1/people", ADMIN, """
				{"name": "Wombat Walker", "employeeId": "W-1", "email": "walker@wombat.example",
				 "unitId": %d, "inIt": false}
				""".formatted(this.finance));
		assertThat(created.statusCode()).isEqualTo(201);
		long id = this.json.readTree(created.body()).path("id").asLong();

		JsonNode read = this.json.readTree(get("/api/v1/people/" + id, STAFF).body());
		assertThat(read.path("name").asString()).isEqualTo("Wombat Walker");
		assertThat(read.path("unitName").asString()).isEqualTo("Quokka Finance");

		HttpResponse<String> changed = send("PUT", "/api/v1/people/" + id, ADMIN, """
				{"name": "Wombat Walker", "employeeId": "W-1", "email": "walker@wombat.example",
				 "title": "Controller", "unitId": %d, "managerId": %d, "inIt": false}
				""".formatted(this.finance, this.eve.id()));
		assertThat(changed.statusCode()).isEqualTo(200);

		JsonNode reread = this.json.readTree(get("/api/v1/people/" + id, STAFF).body());
		assertThat(reread.path("title").asString()).isEqualTo("Controller");
		assertThat(reread.path("managerName").asString()).isEqualTo("Quokka Eve");
	}

	@Test
	void answersAnUnknownPersonWithANotFoundProblem() throws Exception {
		HttpResponse<String> response = get("/api/v1/people/999999", ADMIN);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(404);
		assertThat(problem.path("detail").asString()).isEqualTo("Person 999999 was not found");
	}

	@Test
	void showsTheAccountabilityChain() throws Exception {
		SignedIn.withRole("admin", Role.ADMIN, () -> this.directory.assignPosition(Position.CIO, this.eve.id(), false));

		HttpResponse<String> response = get("/api/v1/leadership", STAFF);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode leadership = this.json.readTree(response.body());
		assertThat(leadership.path("cio").path("name").asString()).isEqualTo("Quokka Eve");
		assertThat(leadership.has("head")).isTrue();
	}

	@Test
	void showsThePersonOfTheSignedInAccount() throws Exception {
		HttpResponse<String> mine = get("/api/v1/people/me", STAFF);

		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(mine.body()).path("id").asLong()).isEqualTo(this.eve.id());
		HttpResponse<String> adminHasNoPerson = get("/api/v1/people/me", ADMIN);
		assertThat(adminHasNoPerson.statusCode()).isEqualTo(404);
		assertThat(contentType(adminHasNoPerson)).startsWith(PROBLEM_JSON);
	}

	@Test
	void refusesAnonymousCallsWithAProblemAndAChallenge() throws Exception {
		HttpResponse<String> response = get("/api/v1/people", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).contains("Basic").contains("Bearer"));
		assertThat(response.body()).doesNotContain("Quokka");
	}

	@Test
	void refusesAWrongPassword() throws Exception {
		HttpResponse<String> response = get("/api/v1/people", "api-staff:wrong-password");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		assertThat(response.body()).doesNotContain("Quokka");
	}

	@Test
	void acceptsAnApiTokenUntilItIsRevoked() throws Exception {
		String token = SignedIn.withRole("api-staff", Role.IT_STAFF, () -> this.accounts.createToken("laptop script"));

		HttpResponse<String> withToken = get("/api/v1/people/me", "Bearer " + token);
		assertThat(withToken.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(withToken.body()).path("name").asString()).isEqualTo("Quokka Eve");

		SignedIn.withRole("api-staff", Role.IT_STAFF, () -> {
			ApiTokenSummary laptop = this.accounts.tokens()
				.stream()
				.filter((summary) -> summary.name().equals("laptop script"))
				.findFirst()
				.orElseThrow();
			this.accounts.revokeToken(laptop.id());
			return null;
		});

		HttpResponse<String> revoked = get("/api/v1/people/me", "Bearer " + token);
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(contentType(revoked)).startsWith(PROBLEM_JSON);
		assertThat(this.json.readTree(revoked.body()).path("detail").asString()).contains("revoked");
	}

	@Test
	void refusesABogusToken() throws Exception {
		HttpResponse<String> response = get("/api/v1/people", "Bearer rpt_thisTokenWasNeverIssued");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
	}

	@Test
	void refusesItStaffCreatingPeople() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/people", STAFF, """
				{"name": "Quokka Intruder"}
				""");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		assertThat(get("/api/v1/people?q=intruder", ADMIN).body()).contains("\"items\":[]");
	}

	@Test
	void importsAFileSentAsMultipartWithAnExplicitMapping() throws Exception {
		String csv = "Who,Badge\nWombat One,WB-1\nWombat Two,WB-2\nWombat Three,WB-1\n";

		HttpResponse<String> response = upload("/api/v1/people/imports", ADMIN, "wombats.csv", csv,
				"name=Who,employeeId=Badge");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode result = this.json.readTree(response.body());
		assertThat(result.path("created").asInt()).isEqualTo(2);
		assertThat(result.path("rejected").path(0).path("row").asInt()).isEqualTo(4);
		assertThat(result.path("rejected").path(0).path("reason").asString()).contains("WB-1", "row 2");
	}

	@Test
	void takesTheMappingAsJsonToo() throws Exception {
		String csv = "Full name,Mail\nNumbat One,numbat.one@example.org\n";

		HttpResponse<String> response = upload("/api/v1/people/imports", ADMIN, "numbats.csv", csv,
				"{\"NAME\": \"Full name\", \"email\": \"Mail\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(response.body()).path("created").asInt()).isEqualTo(1);
		assertThat(get("/api/v1/people?q=numbat", ADMIN).body()).contains("numbat.one@example.org");
	}

	@Test
	void refusesAMappingThatIsNeitherJsonNorPairs() throws Exception {
		HttpResponse<String> response = upload("/api/v1/people/imports", ADMIN, "numbats.csv",
				"Full name,Mail\nNumbat Two,numbat.two@example.org\n", "{\"name\": ");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(errorFields(response)).containsExactly("mapping");
		assertThat(get("/api/v1/people?q=numbat%20two", ADMIN).body()).contains("\"items\":[]");
	}

	@Test
	void refusesAnImportWithoutANameColumnWithAProblemNamingTheMapping() throws Exception {
		HttpResponse<String> response = upload("/api/v1/people/imports", ADMIN, "badges.csv", "Badge\nWB-9\n", null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(contentType(response)).startsWith(PROBLEM_JSON);
		assertThat(errorFields(response)).containsExactly("mapping");
		assertThat(this.json.readTree(response.body()).path("detail").asString()).contains("Missing required column");
	}

	@Test
	void refusesItStaffImportingPeople() throws Exception {
		HttpResponse<String> response = upload("/api/v1/people/imports", STAFF, "wombats.csv",
				"Who,Badge\nWombat Sneaky,WB-66\n", "name=Who,employeeId=Badge");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(get("/api/v1/people?q=sneaky", ADMIN).body()).contains("\"items\":[]");
	}

	@Test
	void describesTheApiInOpenApi() throws Exception {
		HttpResponse<String> response = get("/v3/api-docs", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(contentType(response)).startsWith("application/json");
		JsonNode paths = this.json.readTree(response.body()).path("paths");
		assertThat(paths.has("/api/v1/people")).isTrue();
		assertThat(paths.has("/api/v1/people/{id}")).isTrue();
		assertThat(paths.has("/api/v1/org-units")).isTrue();
	}

	/**
	 * Follows {@code next} from the first page to the last and collects one field of
	 * every item.
	 */
	private List<String> allPages(String query, int size, String field) throws Exception {
		String firstPage = query + (query.contains("?") ? "&" : "?") + "size=" + size;
		List<String> values = new ArrayList<>();
		String path = firstPage;
		for (int pages = 0; path != null; pages++) {
			assertThat(pages).as("pages followed").isLessThan(1000);
			HttpResponse<String> response = get(path, STAFF);
			assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
			JsonNode page = this.json.readTree(response.body());
			assertThat(page.path("items").size()).as("items on one page").isBetween(1, size);
			page.path("items").forEach((item) -> values.add(item.path(field).asString()));
			JsonNode next = page.path("next");
			path = (next.isNull() || next.isMissingNode()) ? null : firstPage + "&after=" + next.asString();
		}
		return values;
	}

	private List<String> errorFields(HttpResponse<String> response) {
		List<String> fields = new ArrayList<>();
		this.json.readTree(response.body())
			.path("errors")
			.forEach((error) -> fields.add(error.path("field").asString()));
		return fields;
	}

	private HttpResponse<String> get(String path, String credentials) throws Exception {
		return send("GET", path, credentials, null);
	}

	private HttpResponse<String> send(String method, String path, String credentials, String jsonBody)
			throws Exception {
		return new JsonApi(this.port).send(method, path, credentials, jsonBody, Map.of("Accept", JsonApi.ACCEPT));
	}

	private HttpResponse<String> upload(String path, String credentials, String fileName, String csv, String mapping)
			throws Exception {
		return new JsonApi(this.port).upload(path, credentials, fileName, csv,
				(mapping != null) ? Map.of("mapping", mapping) : Map.of());
	}

	private static String contentType(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

}
