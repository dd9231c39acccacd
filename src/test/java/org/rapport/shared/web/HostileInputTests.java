package org.rapport.shared.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Flow;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitDraft;
import org.rapport.directory.PersonDraft;
import org.rapport.directory.UnitKind;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.Tier;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * An attacker's inputs sent over real HTTP to the REST API and to the pages (signed in,
 * with the CSRF token of a form): each is refused with a 4xx that names the field, never
 * a 500, and no table gains or loses a row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
				"rapport.admin.password=deep-cellar-key", "rapport.api.max-json-body=64KB" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

	private static final String ADMIN = "root:deep-cellar-key";

	private static final String OWNER = "hostile-owner:hostile-password";

	private static final List<String> TABLES = List.of("directory_org_unit", "directory_person",
			"relationships_relationship", "relationships_stakeholder", "relationships_maturity",
			"interactions_interaction", "commitments_commitment", "commitments_renegotiation", "accounts_account",
			"accounts_api_token");

	private static final Pattern LEAKS = Pattern.compile(
			"Exception|\\bat (java|org|jdk)\\.|org\\.rapport|org\\.springframework|Whitelabel|SQL ?(State|state|Exception|Error)|insert into|varchar");

	private static final String TAMPERED = Base64.getUrlEncoder()
		.withoutPadding()
		.encodeToString("x\nnot-a-number".getBytes(StandardCharsets.UTF_8));

	private static final String LONG_I = "İ".repeat(150);

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	long relationship;

	long owner;

	long commitment;

	long itGroup;

	WebSession session;

	@BeforeAll
	void organisation() throws Exception {
		SignedIn.asSystem(() -> {
			this.itGroup = this.directory.createUnit(new OrgUnitDraft("Hostile IT", UnitKind.IT_GROUP, null)).id();
			long sales = this.directory.createUnit(new OrgUnitDraft("Hostile Sales", UnitKind.BUSINESS_UNIT, null))
				.id();
			this.owner = this.directory
				.createPerson(new PersonDraft("Hostile Owner", "HO-1", null, null, this.itGroup, null, true))
				.id();
			this.accounts.createAccount(new AccountDraft("hostile-owner", "hostile-password", this.owner,
					Set.of(Role.RELATIONSHIP_MANAGER)));
			this.relationship = this.relationships
				.establish(new RelationshipDraft(this.itGroup, sales, this.owner, Tier.CORE, null))
				.id();
			return null;
		});
		HttpResponse<String> made = api("POST", "/api/v1/relationships/" + this.relationship + "/commitments", OWNER,
				"{\"description\":\"A promise\",\"ownerId\":" + this.owner + ",\"dueOn\":\"2030-01-01\"}");
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		this.commitment = this.json.readTree(made.body()).path("id").asLong();
		this.session = WebSession.signedIn(this.port, "root", "deep-cellar-key");
	}

	/** Each bad input to the REST API, the field its problem must name. */
	private Map<String, Attack> apiAttacks() {
		String r = "/api/v1/relationships/" + this.relationship;
		Map<String, Attack> attacks = new LinkedHashMap<>();
		for (String day : List.of("-999999999-01-01", "+999999999-12-31", "1000-01-01", "2101-01-01")) {
			attacks.put("interaction on " + day,
					new Attack("POST", r + "/interactions", OWNER,
							"{\"type\":\"MEETING\",\"occurredOn\":\"" + day + "\",\"summary\":\"s\",\"sentiment\":0}",
							"occurredOn"));
			attacks.put("commitment due " + day, new Attack("POST", r + "/commitments", OWNER,
					"{\"description\":\"d\",\"ownerId\":" + this.owner + ",\"dueOn\":\"" + day + "\"}", "dueOn"));
			attacks.put("maturity on " + day, new Attack("POST", r + "/maturity", OWNER,
					"{\"side\":\"IT\",\"level\":3,\"assessedOn\":\"" + day + "\"}", "assessedOn"));
			attacks.put("renegotiated to " + day,
					new Attack("POST", "/api/v1/commitments/" + this.commitment + "/transitions", OWNER,
							"{\"to\":\"RENEGOTIATED\",\"dueOn\":\"" + day + "\"}", "dueOn"));
		}
		for (String list : List.of("/api/v1/people", "/api/v1/org-units", "/api/v1/relationships",
				r + "/interactions")) {
			attacks.put("cursor with a NUL key on " + list,
					new Attack("GET", list + "?after=" + cursor("a\u0000b"), ADMIN, null, "after"));
			attacks.put("tampered cursor on " + list,
					new Attack("GET", list + "?after=" + TAMPERED, ADMIN, null, "after"));
			attacks.put("garbage cursor on " + list,
					new Attack("GET", list + "?after=%25%25not-base64", ADMIN, null, "after"));
			attacks.put("page size 0 on " + list, new Attack("GET", list + "?size=0", ADMIN, null, "size"));
			attacks.put("page size 201 on " + list, new Attack("GET", list + "?size=201", ADMIN, null, "size"));
		}
		// The timeline is sorted by day: its cursor's key must be a day Rapport records.
		attacks.put("timeline cursor with a key that is no day",
				new Attack("GET", r + "/interactions?after=" + cursor("not-a-day"), ADMIN, null, "after"));
		attacks.put("timeline cursor of the year -999999999",
				new Attack("GET", r + "/interactions?after=" + cursor("-999999999-01-01"), ADMIN, null, "after"));
		attacks.put("stakeholder name of 300 characters",
				new Attack("POST", r + "/stakeholders", OWNER,
						"{\"name\":\"" + "n".repeat(300) + "\",\"influence\":3,\"interest\":3,\"stance\":\"NEUTRAL\"}",
						"name"));
		attacks.put("stakeholder with an invalid email", new Attack("POST", r + "/stakeholders", OWNER,
				"{\"name\":\"Ann\",\"email\":\"not an email\",\"influence\":3,\"interest\":3,\"stance\":\"NEUTRAL\"}",
				"email"));
		attacks.put("NUL in a person's name",
				new Attack("POST", "/api/v1/people", ADMIN, "{\"name\":\"Nul\\u0000Person\"}", "name"));
		attacks.put("bell in a touchpoint summary", new Attack("POST", r + "/interactions", OWNER,
				"{\"type\":\"MEETING\",\"occurredOn\":\"2020-01-01\",\"summary\":\"a\\u0007b\",\"sentiment\":0}",
				"summary"));
		attacks.put("NUL in a query parameter", new Attack("GET", "/api/v1/people?q=a%00b", ADMIN, null, "q"));
		attacks.put("escape in a stakeholder name", new Attack("POST", r + "/stakeholders", OWNER,
				"{\"name\":\"A\\u001bB\",\"influence\":3,\"interest\":3,\"stance\":\"NEUTRAL\"}", "name"));
		attacks.put("name whose key outgrows its column",
				new Attack("POST", "/api/v1/people", ADMIN, "{\"name\":\"" + LONG_I + "\"}", "name"));
		attacks.put("unit name whose key outgrows its column", new Attack("POST", "/api/v1/org-units", ADMIN,
				"{\"name\":\"" + LONG_I + "\",\"kind\":\"VENDOR\"}", "name"));
		attacks.put("name of zero-width spaces",
				new Attack("POST", "/api/v1/people", ADMIN, "{\"name\":\"\\u200b\\u200b\"}", "name"));
		attacks.put("name with a right-to-left override",
				new Attack("POST", "/api/v1/people", ADMIN, "{\"name\":\"Ann\\u202egpj.exe\"}", "name"));
		attacks.put("stakeholder name with an isolate", new Attack("POST", r + "/stakeholders", OWNER,
				"{\"name\":\"Bo\\u2066b\",\"influence\":3,\"interest\":3,\"stance\":\"NEUTRAL\"}", "name"));
		attacks.put("unit of the same name decomposed", new Attack("POST", "/api/v1/org-units", ADMIN,
				"{\"name\":\"Hostile Cafe\\u0301\",\"kind\":\"VENDOR\"}", "name", 409));
		return attacks;
	}

	@TestFactory
	Stream<DynamicTest> refusesEveryBadApiInputNamingItsFieldAndStoresNothing() throws Exception {
		SignedIn.asSystem(() -> this.directory.createUnit(new OrgUnitDraft("Hostile Café", UnitKind.VENDOR, null)));
		List<DynamicTest> tests = new ArrayList<>();
		apiAttacks().forEach((name, attack) -> tests.add(dynamicTest(name, () -> {
			Map<String, Long> before = counts();

			HttpResponse<String> response = api(attack.method, attack.path, attack.credentials, attack.body);

			assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(attack.status);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(fields(response)).as(response.body()).containsExactly(attack.field);
			assertThat(response.body()).doesNotContainPattern(LEAKS);
			assertThat(counts()).isEqualTo(before);
		})));
		return tests.stream();
	}

	/** Each bad input to a page form, the field its error is shown beside. */
	private Map<String, Attack> pageAttacks() {
		String r = "/relationships/" + this.relationship;
		String unit = "&unitId=&managerRef=&inIt=true";
		Map<String, Attack> attacks = new LinkedHashMap<>();
		attacks.put("stakeholder name of 300 characters", new Attack("POST", r + "/stakeholders", null,
				"name=" + "n".repeat(300) + "&influence=3&interest=3&stance=NEUTRAL", "name"));
		attacks.put("stakeholder with an invalid email", new Attack("POST", r + "/stakeholders", null,
				"name=Ann&email=not+an+email&influence=3&interest=3&stance=NEUTRAL", "email"));
		attacks.put("stakeholder name with a NUL", new Attack("POST", r + "/stakeholders", null,
				"name=A%00B&influence=3&interest=3&stance=NEUTRAL", "name"));
		attacks.put("person name with a NUL",
				new Attack("POST", "/people/new", null, "name=A%00B&employeeId=HX-1" + unit, "name"));
		attacks.put("person name of 150 dotted capital I", new Attack("POST", "/people/new", null,
				"name=" + WebSession.encode(LONG_I) + "&employeeId=HX-2" + unit, "name"));
		attacks.put("person name with a bidi override", new Attack("POST", "/people/new", null,
				"name=" + WebSession.encode("Eve\u202Etxt") + "&employeeId=HX-3" + unit, "name"));
		attacks.put("touchpoint a thousand years ago", new Attack("POST", r + "/touchpoints", null,
				"type=MEETING&occurredOn=1000-01-01&summary=s&sentiment=0", "occurredOn"));
		attacks.put("touchpoint summary with a NUL", new Attack("POST", r + "/touchpoints", null,
				"type=MEETING&occurredOn=2020-01-01&summary=a%00b&sentiment=0", "summary"));
		attacks.put("maturity in the year 1000",
				new Attack("POST", r + "/maturity", null, "side=IT&level=3&assessedOn=1000-01-01", "assessedOn"));
		attacks.put("commitment due in the year 1000",
				new Attack("POST", r + "/commitments", null, "description=d&ownerRef=HO-1&dueOn=1000-01-01", "dueOn"));
		return attacks;
	}

	@TestFactory
	Stream<DynamicTest> refusesEveryBadPageInputBesideItsFieldAndStoresNothing() {
		List<DynamicTest> tests = new ArrayList<>();
		pageAttacks().forEach((name, attack) -> tests.add(dynamicTest(name, () -> {
			Map<String, Long> before = counts();

			HttpResponse<String> response = page(attack.method, attack.path, attack.body);

			int status = response.statusCode();
			String redirected = (status == 302) ? page("GET",
					response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""), null)
				.body() : response.body();
			assertThat(status).as(redirected).isIn(200, 302, 400);
			assertThat(redirected).as("an error shown for %s", attack.field)
				.containsPattern("field-error|alert-danger|is-invalid|error-code");
			assertThat(redirected).doesNotContainPattern(LEAKS);
			assertThat(counts()).isEqualTo(before);
		})));
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> answersBadCursorsAndValuesOnPagesWithTheErrorPage() {
		List<String> paths = List.of("/people?after=" + TAMPERED, "/units?after=" + TAMPERED,
				"/relationships?after=" + TAMPERED, "/relationships?sort=HEALTH&after=" + cursor("x"),
				"/relationships?sort=LAST_CONTACT&after=" + cursor("+999999999-01-01"),
				"/admin/audit?after=" + TAMPERED, "/admin/audit?after=" + cursor("yesterday"),
				"/admin/audit?after=" + cursor("-999999999-01-01T00:00"),
				"/relationships/" + this.relationship + "/interactions?after=" + cursor("x"),
				"/admin/accounts?after=" + TAMPERED, "/relationships/map?after=" + TAMPERED,
				"/relationships/" + this.relationship + "/interactions?after=" + TAMPERED, "/relationships/abc",
				"/relationships?tier=GALACTIC", "/relationships?sort=SIDEWAYS", "/people?q=a%00b", "/people/abc",
				"/people?unit=abc", "/admin/outbox?after=" + TAMPERED, "/admin/outbox?wave=a%00b",
				"/admin/outbox?state=LOST", "/admin/outbox/abc");
		return paths.stream().map((path) -> dynamicTest(path, () -> {
			HttpResponse<String> response = page("GET", path, null);

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(response.body()).contains("class=\"error-code\"").doesNotContainPattern(LEAKS);
		}));
	}

	@Test
	void answersUnknownApiPathsAndMethodsWithProblems() throws Exception {
		HttpResponse<String> unknown = api("GET", "/api/v1/no-such-thing", ADMIN, null);
		HttpResponse<String> method = api("DELETE", "/api/v1/people", ADMIN, null);

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(method.statusCode()).isEqualTo(405);
		for (HttpResponse<String> response : List.of(unknown, method)) {
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).doesNotContainPattern(LEAKS);
		}
	}

	@Test
	void refusesAJsonBodyOverTheLimitWithoutStoringIt() throws Exception {
		Map<String, Long> before = counts();
		String big = "{\"name\":\"Big\",\"title\":\"" + "x".repeat(70_000) + "\"}";

		HttpResponse<String> sized = api("POST", "/api/v1/people", ADMIN, big);
		HttpResponse<String> chunked = new JsonApi(this.port).send("POST", "/api/v1/people", ADMIN,
				chunked(big.getBytes(StandardCharsets.UTF_8)), "application/json", Map.of());

		for (HttpResponse<String> response : List.of(sized, chunked)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		}
		assertThat(counts()).isEqualTo(before);
		assertThat(
				api("POST", "/api/v1/people", ADMIN, "{\"name\":\"Small Body\",\"title\":\"" + "x".repeat(100) + "\"}")
					.statusCode())
			.isEqualTo(201);
	}

	@Test
	void rejectsImportRowsWithBadNamesAndImportsTheRest() throws Exception {
		String csv = "Name,EmpID\nGood Row,HI-1\n" + LONG_I
				+ ",HI-2\nBell\u0007Row,HI-3\n\u200B,HI-4\nEvil\u202Eexe,HI-5\n";
		long people = count("directory_person");

		HttpResponse<String> response = multipart("/api/v1/people/imports", csv);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = this.json.readTree(response.body());
		assertThat(response.body()).doesNotContainPattern(LEAKS);
		assertThat(count("directory_person")).isEqualTo(people + 1);
		List<Integer> rejected = new ArrayList<>();
		report.findValues("row").forEach((row) -> rejected.add(row.asInt()));
		assertThat(rejected).containsExactlyInAnyOrder(3, 4, 5, 6);
	}

	private static String cursor(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "\n5").getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void refusesACsvFileHoldingNulAsAWhole() throws Exception {
		long people = count("directory_person");

		HttpResponse<String> response = multipart("/api/v1/people/imports", "Name,EmpID\nNul\u0000Row,HN-1\n");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("file");
		assertThat(response.body()).doesNotContainPattern(LEAKS);
		assertThat(count("directory_person")).isEqualTo(people);
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, count(table));
		}
		return counts;
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private List<String> fields(HttpResponse<String> response) {
		List<String> fields = new ArrayList<>();
		this.json.readTree(response.body())
			.path("errors")
			.forEach((error) -> fields.add(error.path("field").asString()));
		return fields;
	}

	private HttpResponse<String> api(String method, String path, String credentials, String body) throws Exception {
		return new JsonApi(this.port).send(method, path, credentials, body);
	}

	private HttpResponse<String> multipart(String path, String csv) throws Exception {
		return new JsonApi(this.port).upload(path, ADMIN, "people.csv", csv, Map.of());
	}

	private HttpResponse<String> page(String method, String path, String form) throws Exception {
		return this.session.send(method, path, form, true, Map.of());
	}

	private static HttpRequest.BodyPublisher chunked(byte[] bytes) {
		HttpRequest.BodyPublisher whole = HttpRequest.BodyPublishers.ofByteArray(bytes);
		return new HttpRequest.BodyPublisher() {

			@Override
			public long contentLength() {
				return -1;
			}

			@Override
			public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
				whole.subscribe(subscriber);
			}

		};
	}

	/**
	 * A bad request and the answer it gets: 400 naming the field, or 409 naming it when
	 * the input, once normalised, is a duplicate.
	 */
	private record Attack(String method, String path, String credentials, String body, String field, int status) {

		Attack(String method, String path, String credentials, String body, String field) {
			this(method, path, credentials, body, field, 400);
		}

	}

}
