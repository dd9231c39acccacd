package org.rapport;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.rapport.accounts.AccountDraft;
import org.rapport.commitments.CommitmentDraft;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.AccountSummary;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryImports;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitDraft;
import org.rapport.directory.PersonDraft;
import org.rapport.directory.PersonSummary;
import org.rapport.directory.UnitKind;
import org.rapport.health.HealthManagement;
import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionType;
import org.rapport.notifications.Email;
import org.rapport.notifications.NotificationManagement;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every route of the application, called over real HTTP by an anonymous visitor and by a
 * user of every role, against a table of who may call it. A route that is mapped but
 * missing from the table fails the build, so every new route gets its rule written down.
 * No route takes a second database connection while it holds one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=admin",
				"rapport.admin.password=keys-of-the-castle" })
@Import(WatchedConnections.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	private static final String PASSWORD = "matrix-password";

	/**
	 * Who may call each route, keyed by method and path pattern as Spring MVC maps them
	 * ({@code *} for a mapping that takes any method).
	 */
	private static final Map<String, Access> EXPECTED = new TreeMap<>();

	static {
		// Shell
		EXPECTED.put("GET /", Access.SIGNED_IN);
		EXPECTED.put("GET /login", Access.PUBLIC);
		// Survey links: the token is the respondent's key; a made-up one opens nothing.
		EXPECTED.put("GET /s/{token}", Access.PUBLIC);
		EXPECTED.put("POST /s/{token}", Access.PUBLIC);
		// Praise links: a survey link's token; a made-up one opens nothing.
		EXPECTED.put("GET /praise/{token}", Access.PUBLIC);
		EXPECTED.put("POST /praise/{token}", Access.PUBLIC);
		EXPECTED.put("* /error", Access.ERROR_PAGE);
		// Directory pages
		EXPECTED.put("GET /people", Access.SIGNED_IN);
		EXPECTED.put("GET /people.csv", Access.SIGNED_IN);
		EXPECTED.put("GET /people/{id}", Access.SIGNED_IN);
		EXPECTED.put("GET /people/new", Access.ADMIN);
		EXPECTED.put("POST /people/new", Access.ADMIN);
		EXPECTED.put("GET /people/{id}/edit", Access.ADMIN);
		EXPECTED.put("POST /people/{id}/edit", Access.ADMIN);
		EXPECTED.put("GET /units", Access.SIGNED_IN);
		EXPECTED.put("GET /units/{id}", Access.SIGNED_IN);
		EXPECTED.put("GET /units/new", Access.ADMIN);
		EXPECTED.put("POST /units/new", Access.ADMIN);
		EXPECTED.put("GET /units/{id}/edit", Access.ADMIN);
		EXPECTED.put("POST /units/{id}/edit", Access.ADMIN);
		EXPECTED.put("GET /leadership", Access.SIGNED_IN);
		EXPECTED.put("POST /leadership", Access.ADMIN_OR_CIO);
		EXPECTED.put("GET /imports", Access.ADMIN);
		EXPECTED.put("POST /imports", Access.ADMIN);
		EXPECTED.put("GET /imports/{id}", Access.ADMIN);
		EXPECTED.put("POST /imports/{id}", Access.ADMIN);
		// Relationship pages; which relationship a caller may see or change is checked
		// per
		// object in RelationshipManagementTests and the browser journeys.
		EXPECTED.put("GET /relationships", Access.SIGNED_IN);
		EXPECTED.put("GET /relationships.csv", Access.SIGNED_IN);
		EXPECTED.put("GET /relationships/new", Access.PORTFOLIO);
		// Survey pages
		EXPECTED.put("GET /surveys", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("GET /surveys/new", Access.PORTFOLIO);
		EXPECTED.put("POST /surveys/new", Access.PORTFOLIO);
		EXPECTED.put("GET /surveys/{id}", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("GET /surveys/{id}/results.csv", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("POST /surveys/{id}/launch", Access.PORTFOLIO);
		EXPECTED.put("POST /surveys/{id}/close", Access.PORTFOLIO);
		EXPECTED.put("POST /surveys/{id}/imports", Access.PORTFOLIO);
		EXPECTED.put("GET /surveys/templates/{key}", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("POST /surveys/templates/{key}", Access.PORTFOLIO);
		EXPECTED.put("POST /surveys/templates/{key}/copy", Access.PORTFOLIO);
		EXPECTED.put("POST /relationships/new", Access.PORTFOLIO);
		EXPECTED.put("GET /relationships/{id}", Access.SIGNED_IN);
		EXPECTED.put("POST /relationships/{id}/owner", Access.PORTFOLIO);
		EXPECTED.put("POST /relationships/{id}/tier", Access.SIGNED_IN);
		EXPECTED.put("POST /relationships/{id}/stakeholders", Access.SIGNED_IN);
		EXPECTED.put("GET /relationships/{id}/stakeholders/{stakeholderId}", Access.SIGNED_IN);
		EXPECTED.put("POST /relationships/{id}/stakeholders/{stakeholderId}", Access.SIGNED_IN);
		EXPECTED.put("POST /relationships/{id}/stakeholders/{stakeholderId}/remove", Access.SIGNED_IN);
		EXPECTED.put("POST /relationships/{id}/maturity", Access.SIGNED_IN);
		// Whoever may change the relationship ends and reopens it; per object in
		// RelationshipClosureTests.
		EXPECTED.put("POST /relationships/{id}/closure", Access.SIGNED_IN);
		EXPECTED.put("POST /relationships/{id}/closure/reopen", Access.SIGNED_IN);
		EXPECTED.put("GET /relationships/map", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("GET /relationships/{id}/interactions", Access.SIGNED_IN);
		EXPECTED.put("POST /relationships/{id}/touchpoints", Access.SIGNED_IN);
		EXPECTED.put("GET /touchpoints/new", Access.SIGNED_IN);
		EXPECTED.put("POST /touchpoints/new", Access.SIGNED_IN);
		// A touchpoint is corrected by whoever logged it (in the matrix, the
		// administrator) or the relationship's owner; InteractionCorrectionTests checks
		// the owner and the rest per object.
		EXPECTED.put("GET /interactions/{id}/edit", Access.AUTHOR);
		EXPECTED.put("POST /interactions/{id}/edit", Access.AUTHOR);
		EXPECTED.put("POST /interactions/{id}/delete", Access.AUTHOR);
		EXPECTED.put("GET /relationships/{id}/commitments", Access.SIGNED_IN);
		EXPECTED.put("POST /relationships/{id}/commitments", Access.SIGNED_IN);
		EXPECTED.put("POST /commitments/{id}/transitions", Access.SIGNED_IN);
		EXPECTED.put("GET /commitments/{id}/edit", Access.SIGNED_IN);
		EXPECTED.put("POST /commitments/{id}/edit", Access.SIGNED_IN);
		EXPECTED.put("GET /commitments", Access.SIGNED_IN);
		// Health pages show each caller the relationships within their reach.
		EXPECTED.put("GET /relationships/{id}/health", Access.SIGNED_IN);
		EXPECTED.put("GET /health", Access.SIGNED_IN);
		EXPECTED.put("GET /alerts", Access.SIGNED_IN);
		// Who acts on which alert (the relationship's owner, the assignee, those who
		// steer
		// the portfolio) is checked per object in AlertHandlingTests; here the role gate.
		EXPECTED.put("POST /alerts/{id}/acknowledgement", Access.SIGNED_IN);
		EXPECTED.put("POST /alerts/{id}/snooze", Access.SIGNED_IN);
		EXPECTED.put("POST /alerts/{id}/assignment", Access.SIGNED_IN);
		EXPECTED.put("GET /alerts.csv", Access.SIGNED_IN);
		EXPECTED.put("GET /mine", Access.SIGNED_IN);
		EXPECTED.put("GET /health/summary", Access.SIGNED_IN);
		EXPECTED.put("GET /accountability", Access.SIGNED_IN);
		EXPECTED.put("GET /search", Access.SIGNED_IN);
		EXPECTED.put("GET /people/suggestions", Access.SIGNED_IN);
		EXPECTED.put("GET /accountability/owners/{ownerId}", Access.SIGNED_IN);
		// Accounts pages
		EXPECTED.put("GET /account", Access.SIGNED_IN);
		EXPECTED.put("POST /account/password", Access.SIGNED_IN);
		EXPECTED.put("POST /account/tokens", Access.SIGNED_IN);
		EXPECTED.put("POST /account/tokens/{id}/revoke", Access.SIGNED_IN);
		// Each caller's own choice: the matrix keeps the weekly digest on.
		EXPECTED.put("POST /account/preferences", Access.SIGNED_IN);
		EXPECTED.put("GET /admin/accounts", Access.ADMIN);
		EXPECTED.put("GET /admin/accounts/new", Access.ADMIN);
		EXPECTED.put("POST /admin/accounts/new", Access.ADMIN);
		EXPECTED.put("GET /admin/accounts/{id}", Access.ADMIN);
		EXPECTED.put("POST /admin/accounts/{id}", Access.ADMIN);
		EXPECTED.put("POST /admin/accounts/{id}/sign-in-delay/clear", Access.ADMIN);
		EXPECTED.put("GET /admin/audit", Access.ADMIN);
		// Notifications: the email outbox is the administrators'.
		EXPECTED.put("GET /admin/outbox", Access.ADMIN);
		EXPECTED.put("GET /admin/outbox/{id}", Access.ADMIN);
		EXPECTED.put("POST /admin/outbox/{id}/resend", Access.ADMIN);
		EXPECTED.put("POST /admin/outbox/resend-not-sent", Access.ADMIN);
		// REST API
		EXPECTED.put("GET /api/v1/org-units", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/org-units/{id}", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/org-units", Access.ADMIN);
		EXPECTED.put("GET /api/v1/people", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/people/{id}", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/people/me", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/account/preferences", Access.SIGNED_IN);
		EXPECTED.put("PUT /api/v1/account/preferences", Access.SIGNED_IN);
		EXPECTED.put("PUT /api/v1/accounts/{id}", Access.ADMIN);
		EXPECTED.put("GET /api/v1/outbox", Access.ADMIN);
		EXPECTED.put("GET /api/v1/outbox/waves/{wave}", Access.ADMIN);
		EXPECTED.put("DELETE /api/v1/accounts/{id}/sign-in-delay", Access.ADMIN);
		EXPECTED.put("POST /api/v1/people", Access.ADMIN);
		EXPECTED.put("PUT /api/v1/people/{id}", Access.ADMIN);
		EXPECTED.put("POST /api/v1/people/imports", Access.ADMIN);
		EXPECTED.put("GET /api/v1/leadership", Access.SIGNED_IN);
		// Which relationship a caller may read or change is checked per object, in
		// RelationshipManagementTests and RelationshipApiTests; here the role gate.
		EXPECTED.put("GET /api/v1/relationships", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/relationships", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/relationships/{id}", Access.SIGNED_IN);
		EXPECTED.put("PUT /api/v1/relationships/{id}", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/relationships/{id}/stakeholders", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/relationships/{id}/stakeholders", Access.SIGNED_IN);
		EXPECTED.put("PUT /api/v1/relationships/{id}/stakeholders/{stakeholderId}", Access.SIGNED_IN);
		EXPECTED.put("DELETE /api/v1/relationships/{id}/stakeholders/{stakeholderId}", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/relationships/{id}/maturity", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/relationships/{id}/maturity", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/relationships/{id}/closure", Access.SIGNED_IN);
		EXPECTED.put("DELETE /api/v1/relationships/{id}/closure", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/relationships/{id}/interactions", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/relationships/{id}/interactions", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/interactions/{id}", Access.SIGNED_IN);
		EXPECTED.put("PUT /api/v1/interactions/{id}", Access.AUTHOR);
		EXPECTED.put("DELETE /api/v1/interactions/{id}", Access.AUTHOR);
		EXPECTED.put("GET /api/v1/relationships/{id}/commitments", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/relationships/{id}/commitments", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/commitments/{id}/transitions", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/commitments/{id}", Access.SIGNED_IN);
		EXPECTED.put("PUT /api/v1/commitments/{id}", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/relationships/{id}/health", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/alerts", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/alerts/{id}", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/alerts/{id}/acknowledgement", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/alerts/{id}/snooze", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/alerts/{id}/assignment", Access.SIGNED_IN);
		// OpenAPI description and Swagger UI
		// Surveys API
		EXPECTED.put("GET /api/v1/survey-templates", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/survey-templates/{key}", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/survey-templates/{key}/copies", Access.PORTFOLIO);
		EXPECTED.put("PUT /api/v1/survey-templates/{key}", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/campaigns", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("POST /api/v1/campaigns", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/campaigns/{id}", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("GET /api/v1/campaigns/{id}/results", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("GET /api/v1/campaigns/{id}/results.csv", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("GET /api/v1/campaigns/{id}/mirror", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("POST /api/v1/campaigns/{id}/launch", Access.PORTFOLIO);
		EXPECTED.put("POST /api/v1/campaigns/{id}/close", Access.PORTFOLIO);
		EXPECTED.put("POST /api/v1/campaigns/{id}/responses/imports", Access.PORTFOLIO);
		EXPECTED.put("GET /v3/api-docs", Access.PUBLIC);
		EXPECTED.put("GET /v3/api-docs.yaml", Access.PUBLIC);
		EXPECTED.put("GET /v3/api-docs/swagger-config", Access.PUBLIC);
		EXPECTED.put("GET /service-metrics", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("GET /service-metrics/imports", Access.ADMIN);
		EXPECTED.put("POST /service-metrics/imports", Access.ADMIN);
		EXPECTED.put("GET /service-metrics/imports/{id}", Access.ADMIN);
		EXPECTED.put("GET /service-metrics/attribution", Access.ADMIN);
		EXPECTED.put("POST /service-metrics/attribution", Access.ADMIN);
		EXPECTED.put("POST /service-metrics/attribution/{id}/delete", Access.ADMIN);
		EXPECTED.put("POST /api/v1/service-metrics/imports", Access.ADMIN);
		EXPECTED.put("GET /api/v1/service-metrics/imports/{id}", Access.ADMIN);
		EXPECTED.put("POST /api/v1/service-metrics/availability", Access.ADMIN);
		EXPECTED.put("GET /api/v1/service-metrics/incidents/summary", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("GET /api/v1/service-metrics/attribution-rules", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("POST /api/v1/service-metrics/attribution-rules", Access.ADMIN);
		EXPECTED.put("DELETE /api/v1/service-metrics/attribution-rules/{id}", Access.ADMIN);
		EXPECTED.put("GET /insight", Access.PORTFOLIO);
		EXPECTED.put("GET /insight/summary", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/insight/perception-gap", Access.PORTFOLIO);
		EXPECTED.put("GET /relationships/{id}/perception-gap", Access.SIGNED_IN);
		EXPECTED.put("GET /insight/report.pdf", Access.PORTFOLIO);
		EXPECTED.put("GET /insight/report.csv", Access.PORTFOLIO);
		EXPECTED.put("GET /insight/reports", Access.PORTFOLIO);
		EXPECTED.put("POST /insight/reports", Access.PORTFOLIO);
		EXPECTED.put("GET /insight/reports/{id}/report.pdf", Access.PORTFOLIO);
		EXPECTED.put("GET /insight/reports/{id}/report.csv", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/insight/perception-gap/trend", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/insight/reports", Access.PORTFOLIO);
		EXPECTED.put("POST /api/v1/insight/reports", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/insight/reports/{id}", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/insight/reports/{id}/report.pdf", Access.PORTFOLIO);
		EXPECTED.put("GET /recognition", Access.SIGNED_IN);
		EXPECTED.put("POST /recognition/kudos", Access.SIGNED_IN);
		EXPECTED.put("GET /recognition/people/{id}", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/kudos", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/kudos", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/kudos/values", Access.SIGNED_IN);
		EXPECTED.put("POST /recognition/kudos/{id}/decision", Access.PORTFOLIO);
		EXPECTED.put("POST /api/v1/kudos/{id}/decision", Access.PORTFOLIO);
		// Scorecards: every caller reaches their own or the organisation's; whose others
		// they may see is checked per object in ScorecardsTests and KudosJourneyTests.
		EXPECTED.put("GET /scorecards", Access.SIGNED_IN);
		EXPECTED.put("GET /scorecards.csv", Access.SIGNED_IN);
		EXPECTED.put("GET /scorecards.pdf", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/scorecards", Access.SIGNED_IN);
		EXPECTED.put("POST /scorecards/goals", Access.SIGNED_IN);
		EXPECTED.put("POST /scorecards/goals/{goal}/check-ins", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/goals", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/goals", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/goals/{id}/check-ins", Access.SIGNED_IN);
		EXPECTED.put("GET /recognition/awards", Access.SIGNED_IN);
		EXPECTED.put("GET /recognition/lists", Access.PORTFOLIO);
		EXPECTED.put("POST /recognition/lists/{list}/entries", Access.PORTFOLIO);
		EXPECTED.put("POST /recognition/lists/{list}/entries/{key}", Access.PORTFOLIO);
		EXPECTED.put("POST /recognition/lists/{list}/entries/{key}/active", Access.PORTFOLIO);
		EXPECTED.put("POST /recognition/nominations", Access.SIGNED_IN);
		EXPECTED.put("POST /recognition/nominations/{id}/decision", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/nominations", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/nominations", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/nominations/{id}/decision", Access.PORTFOLIO);
		// Development: the competency framework
		EXPECTED.put("GET /development", Access.SIGNED_IN);
		EXPECTED.put("GET /development/competencies", Access.SIGNED_IN);
		EXPECTED.put("POST /development/competencies", Access.PORTFOLIO);
		EXPECTED.put("GET /development/competencies.csv", Access.SIGNED_IN);
		EXPECTED.put("GET /development/competencies/{key}", Access.SIGNED_IN);
		EXPECTED.put("POST /development/competencies/{key}", Access.PORTFOLIO);
		EXPECTED.put("POST /development/competencies/{key}/active", Access.PORTFOLIO);
		EXPECTED.put("POST /development/competencies/imports", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/competencies", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/competencies", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/competencies/{key}", Access.SIGNED_IN);
		EXPECTED.put("PUT /api/v1/competencies/{key}", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/competencies/export", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/competencies/imports", Access.PORTFOLIO);
		// Development: 360 rounds; whose round a caller may see is checked per object in
		// FeedbackRoundsTests and the journey.
		EXPECTED.put("GET /development/feedback", Access.SIGNED_IN);
		EXPECTED.put("POST /development/feedback", Access.SIGNED_IN);
		EXPECTED.put("GET /development/feedback/{id}", Access.SIGNED_IN);
		EXPECTED.put("POST /development/feedback/{id}/raters", Access.SIGNED_IN);
		EXPECTED.put("POST /development/feedback/{id}/raters/{rater}/removal", Access.SIGNED_IN);
		EXPECTED.put("POST /development/feedback/{id}/submission", Access.SIGNED_IN);
		EXPECTED.put("POST /development/feedback/{id}/approval", Access.SIGNED_IN);
		EXPECTED.put("POST /development/feedback/{id}/closure", Access.SIGNED_IN);
		EXPECTED.put("GET /development/feedback/{id}/report", Access.SIGNED_IN);
		EXPECTED.put("GET /f/{token}", Access.PUBLIC);
		EXPECTED.put("POST /f/{token}", Access.PUBLIC);
		EXPECTED.put("GET /api/v1/feedback-rounds", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/feedback-rounds", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/feedback-rounds/{id}", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/feedback-rounds/{id}/raters", Access.SIGNED_IN);
		EXPECTED.put("DELETE /api/v1/feedback-rounds/{id}/raters/{raterId}", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/feedback-rounds/{id}/submission", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/feedback-rounds/{id}/approval", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/feedback-rounds/{id}/closure", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/feedback-rounds/{id}/report", Access.SIGNED_IN);
		// Development: mentoring. Who sees a pair's sessions (its mentor and mentee) is
		// checked per object in MentoringTests and MentoringApiTests; here the role gate.
		EXPECTED.put("GET /development/mentoring", Access.SIGNED_IN);
		EXPECTED.put("POST /development/mentoring/programmes", Access.PORTFOLIO);
		EXPECTED.put("GET /development/mentoring/programmes/{id}", Access.SIGNED_IN);
		EXPECTED.put("POST /development/mentoring/programmes/{id}/mentors", Access.SIGNED_IN);
		EXPECTED.put("POST /development/mentoring/programmes/{id}/mentees", Access.SIGNED_IN);
		EXPECTED.put("POST /development/mentoring/programmes/{id}/matching", Access.PORTFOLIO);
		EXPECTED.put("POST /development/mentoring/programmes/{id}/pairs", Access.PORTFOLIO);
		EXPECTED.put("POST /development/mentoring/programmes/{id}/publication", Access.PORTFOLIO);
		EXPECTED.put("GET /development/mentoring/pairs/{id}", Access.SIGNED_IN);
		EXPECTED.put("POST /development/mentoring/pairs/{id}/sessions", Access.SIGNED_IN);
		EXPECTED.put("POST /development/mentoring/pairs/{id}/closure", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/mentoring/programmes", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/mentoring/programmes", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/mentoring/programmes/{id}", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/mentoring/programmes/{id}/mentors", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/mentoring/programmes/{id}/mentees", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/mentoring/programmes/{id}/matching", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/mentoring/programmes/{id}/proposal", Access.PORTFOLIO);
		EXPECTED.put("POST /api/v1/mentoring/programmes/{id}/pairs", Access.PORTFOLIO);
		EXPECTED.put("POST /api/v1/mentoring/programmes/{id}/publication", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/mentoring/pairs", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/mentoring/pairs/{id}", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/mentoring/pairs/{id}/sessions", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/mentoring/pairs/{id}/closure", Access.SIGNED_IN);
		// Development: coaching. Who reads what of an engagement (notes for coach and
		// coachee alone) is checked per object in CoachingTests and CoachingApiTests.
		EXPECTED.put("GET /development/coaching", Access.SIGNED_IN);
		EXPECTED.put("POST /development/coaching", Access.SIGNED_IN);
		EXPECTED.put("GET /development/coaching/{id}", Access.SIGNED_IN);
		EXPECTED.put("POST /development/coaching/{id}/sessions", Access.SIGNED_IN);
		EXPECTED.put("POST /development/coaching/{id}/outcome", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/coaching", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/coaching", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/coaching/{id}", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/coaching/{id}/sessions", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/coaching/{id}/outcome", Access.SIGNED_IN);
		// Development: the training catalogue. Whose enrolment a caller may cancel or
		// rate is checked per object in TrainingsTests; here the role gate.
		EXPECTED.put("GET /development/trainings", Access.SIGNED_IN);
		EXPECTED.put("POST /development/trainings", Access.PORTFOLIO);
		EXPECTED.put("GET /development/trainings/{id}", Access.SIGNED_IN);
		EXPECTED.put("POST /development/trainings/{id}/active", Access.PORTFOLIO);
		EXPECTED.put("POST /development/trainings/{id}/sessions", Access.PORTFOLIO);
		EXPECTED.put("POST /development/trainings/{id}/enrolments", Access.SIGNED_IN);
		EXPECTED.put("POST /development/trainings/{id}/enrolments/{enrolmentId}/cancellation", Access.SIGNED_IN);
		EXPECTED.put("POST /development/trainings/{id}/enrolments/{enrolmentId}/attendance", Access.PORTFOLIO);
		EXPECTED.put("POST /development/trainings/{id}/enrolments/{enrolmentId}/feedback", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/trainings", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/trainings", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/trainings/mine", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/trainings/{id}", Access.SIGNED_IN);
		EXPECTED.put("PUT /api/v1/trainings/{id}", Access.PORTFOLIO);
		EXPECTED.put("POST /api/v1/trainings/{id}/sessions", Access.PORTFOLIO);
		EXPECTED.put("GET /api/v1/trainings/{id}/sessions/{sessionId}/enrolments", Access.PORTFOLIO);
		EXPECTED.put("POST /api/v1/trainings/{id}/enrolments", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/trainings/{id}/enrolments/{enrolmentId}/cancellation", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/trainings/{id}/enrolments/{enrolmentId}/attendance", Access.PORTFOLIO);
		EXPECTED.put("POST /api/v1/trainings/{id}/enrolments/{enrolmentId}/feedback", Access.SIGNED_IN);
		// Development: plans. A plan is its person's and their manager's alone: the
		// service finds no plan, goal or action of anyone else, whatever their role.
		EXPECTED.put("GET /development/plan", Access.SIGNED_IN);
		EXPECTED.put("POST /development/plan/goals", Access.SIGNED_IN);
		EXPECTED.put("POST /development/plan/goals/{goalId}/state", Access.SIGNED_IN);
		EXPECTED.put("POST /development/plan/goals/{goalId}/actions", Access.SIGNED_IN);
		EXPECTED.put("POST /development/plan/goals/{goalId}/actions/{actionId}", Access.SIGNED_IN);
		EXPECTED.put("POST /development/plan/goals/{goalId}/check-ins", Access.SIGNED_IN);
		EXPECTED.put("GET /development/plans/{personId}", Access.SIGNED_IN);
		EXPECTED.put("GET /development/coverage", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("GET /api/v1/development/coverage", Access.PORTFOLIO_OR_LEADER);
		EXPECTED.put("GET /api/v1/development-plans", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/development-plans", Access.SIGNED_IN);
		EXPECTED.put("GET /api/v1/development-plans/{id}", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/development-plans/{id}/goals", Access.SIGNED_IN);
		EXPECTED.put("PUT /api/v1/development-plans/{id}/goals/{goalId}", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/development-plans/{id}/goals/{goalId}/actions", Access.SIGNED_IN);
		EXPECTED.put("PUT /api/v1/development-plans/{id}/goals/{goalId}/actions/{actionId}", Access.SIGNED_IN);
		EXPECTED.put("POST /api/v1/development-plans/{id}/goals/{goalId}/check-ins", Access.SIGNED_IN);
		EXPECTED.put("GET /swagger-ui.html", Access.PUBLIC);
	}

	private static final Pattern LEAKS = Pattern
		.compile("Exception|\\bat (java|org|jdk)\\.|org\\.rapport|org\\.springframework|was not found|Whitelabel");

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private DirectoryManagement directory;

	@Autowired
	private WatchedConnections connections;

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private DirectoryImports imports;

	@Autowired
	private RelationshipManagement relationships;

	@Autowired
	private CommitmentManagement commitments;

	@Autowired
	private InteractionManagement interactions;

	@Autowired
	private HealthManagement health;

	@Autowired
	private NotificationManagement notifications;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final Map<Caller, WebSession> sessions = new EnumMap<>(Caller.class);

	/** The value of {@code {id}} in a route, by the path segment before it. */
	private final Map<String, Long> ids = new TreeMap<>();

	private PersonSummary outsideIt;

	private long unitId;

	private long staffPerson;

	private long itGroupId;

	private long relationshipOwner;

	private long relationshipCounterpart;

	/** A counterpart per caller, so that each may establish a relationship of its own. */
	private final Map<Caller, Long> counterparts = new EnumMap<>(Caller.class);

	@BeforeAll
	void createObjectsAndAnAccountPerRole() throws Exception {
		asAdmin(() -> {
			this.unitId = this.directory.createUnit(new OrgUnitDraft("Matrix Finance", UnitKind.BUSINESS_UNIT, null))
				.id();
			this.outsideIt = this.directory
				.createPerson(new PersonDraft("Matrix Accountant", "MX-1", null, null, this.unitId, null, false));
			Map<Caller, AccountSummary> created = new EnumMap<>(Caller.class);
			for (Caller caller : List.of(Caller.CIO, Caller.RELATIONSHIP_MANAGER, Caller.IT_LEADER, Caller.IT_STAFF)) {
				PersonSummary person = this.directory.createPerson(
						new PersonDraft("Matrix " + caller, "MX-" + caller, null, null, this.unitId, null, true));
				created.put(caller, this.accounts
					.createAccount(new AccountDraft(caller.username, PASSWORD, person.id(), Set.of(caller.role))));
			}
			this.ids.put("people", this.outsideIt.id());
			this.ids.put("s", 1L);
			this.ids.put("praise", 1L);
			this.ids.put("nominations", 999_999L);
			this.ids.put("goals", 999_999L);
			this.ids.put("competencies", 999_999L);
			this.ids.put("feedback", 999_999L);
			this.ids.put("feedback-rounds", 999_999L);
			this.ids.put("raters", 999_999L);
			this.ids.put("f", 1L);
			// No programme or pair has these: those allowed find nothing.
			this.ids.put("programmes", 999_999L);
			this.ids.put("pairs", 999_999L);
			this.ids.put("coaching", 999_999L);
			// No course, session or enrolment has these: those allowed find nothing,
			// others
			// are refused.
			this.ids.put("trainings", 999_999L);
			this.ids.put("sessions", 999_999L);
			this.ids.put("enrolments", 999_999L);
			// No plan, goal or action has these, and the matrix's people manage no one:
			// every caller finds nothing.
			this.ids.put("development-plans", 999_999L);
			this.ids.put("plans", 999_999L);
			this.ids.put("actions", 999_999L);
			this.ids.put("kudos", 999_999L);
			// No list or entry has these: those allowed find nothing, others are refused.
			this.ids.put("lists", 999_999L);
			this.ids.put("entries", 999_999L);
			// No campaign or template has these: the allowed roles get 404, the others
			// 403.
			this.ids.put("campaigns", 999_999L);
			this.ids.put("surveys", 999_999L);
			this.ids.put("survey-templates", 999_999L);
			this.ids.put("attribution-rules", 999_999L);
			this.ids.put("attribution", 999_999L);
			this.ids.put("reports", 999_999L);
			this.ids.put("templates", 999_999L);
			this.ids.put("units", this.unitId);
			this.ids.put("org-units", this.unitId);
			this.ids.put("accounts", created.get(Caller.IT_STAFF).id());
			this.staffPerson = created.get(Caller.IT_STAFF).personId();
			this.itGroupId = this.directory.createUnit(new OrgUnitDraft("Matrix IT", UnitKind.IT_GROUP, null)).id();
			this.relationshipOwner = this.directory
				.createPerson(new PersonDraft("Matrix Owner", "MX-O", null, null, this.itGroupId, null, true))
				.id();
			this.ids.put("owners", this.relationshipOwner);
			this.relationshipCounterpart = this.unitId;
			for (Caller caller : Caller.values()) {
				this.counterparts.put(caller,
						this.directory.createUnit(new OrgUnitDraft("Matrix Partner " + caller, UnitKind.VENDOR, null))
							.id());
			}
			this.ids.put("relationships", this.relationships
				.establish(new RelationshipDraft(this.itGroupId, this.unitId, this.relationshipOwner, Tier.CORE, null))
				.id());
			this.ids.put("stakeholders",
					this.relationships
						.addStakeholder(this.ids.get("relationships"),
								new StakeholderDraft(null, "Matrix Stakeholder", null, null, 3, 3, Stance.NEUTRAL,
										null))
						.id());
			// A detractor of high influence raises an alert for the alert routes.
			this.relationships.addStakeholder(this.ids.get("relationships"),
					new StakeholderDraft(null, "Matrix Detractor", null, null, 5, 3, Stance.DETRACTOR, null));
			this.ids.put("alerts", this.health.alerts(this.ids.get("relationships")).get(0).id());
			this.ids.put("commitments",
					this.commitments
						.make(this.ids.get("relationships"),
								new CommitmentDraft("Matrix promise", this.relationshipOwner, LocalDate.of(2030, 1, 1),
										null))
						.id());
			this.ids.put("interactions",
					this.interactions
						.log(this.ids.get("relationships"),
								new InteractionDraft(InteractionType.CALL, LocalDate.of(2026, 1, 5), "Matrix call", 0,
										null, null))
						.id());
			this.ids.put("imports",
					this.imports
						.upload("matrix.csv", "Name,EmpID\nMatrix Import,MX-9\n".getBytes(StandardCharsets.UTF_8))
						.runId());
			// An email for the outbox routes; it stays queued, so a resend is refused and
			// changes nothing. The wave of the progress route is "1".
			this.notifications.queue(List.of(new Email("matrix@example.org", null, "test",
					Map.of("name", "Matrix", "message", "Hello"), "1", "matrix-1")));
			this.ids.put("outbox", this.jdbc.sql("select max(id) from notification_email").query(Long.class).single());
			this.ids.put("waves", 1L);
			return null;
		});
		this.ids.put("tokens", SignedIn.withRole(Caller.IT_STAFF.username, Role.IT_STAFF, () -> {
			this.accounts.createToken("matrix");
			return this.accounts.tokens().get(0).id();
		}));
		for (Caller caller : Caller.values()) {
			if (caller == Caller.ANONYMOUS) {
				WebSession anonymous = new WebSession(this.port);
				anonymous.get("/login");
				this.sessions.put(caller, anonymous);
			}
			else {
				this.sessions.put(caller, WebSession.signedIn(this.port, caller.username, caller.password()));
			}
		}
	}

	@Test
	void everyMappedRouteHasARuleInTheTable() {
		Set<String> missing = new TreeSet<>(mappedRoutes());
		missing.removeAll(EXPECTED.keySet());

		assertThat(missing).as("routes mapped but missing from EXPECTED: add each with who may call it").isEmpty();
	}

	@Test
	void everyRuleInTheTableNamesAMappedRoute() {
		Set<String> gone = new TreeSet<>(EXPECTED.keySet());
		gone.removeAll(mappedRoutes());

		assertThat(gone).as("routes in EXPECTED that are no longer mapped: remove them").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> everyRoleGetsWhatTheTableSaysOnEveryRoute() {
		List<DynamicTest> tests = new ArrayList<>();
		EXPECTED.forEach((route, access) -> {
			for (Caller caller : Caller.values()) {
				tests.add(dynamicTest(route + " as " + caller, () -> check(route, access, caller, false)));
				if (route.startsWith("GET /") && !isApi(route) && access != Access.PUBLIC) {
					tests.add(dynamicTest(route + " as " + caller + " from htmx",
							() -> check(route, access, caller, true)));
				}
			}
		});
		return tests.stream();
	}

	@Test
	void refusesAPagePostWithoutACsrfTokenEvenFromAnAdministrator() throws Exception {
		WebSession admin = this.sessions.get(Caller.ADMIN);

		HttpResponse<String> response = admin.send("POST", "/account/tokens", "name=no-csrf", false, Map.of());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(admin.get("/account").body()).doesNotContain("no-csrf");
		assertThat(admin.send("POST", "/people/new", "name=Forged+Person", false, Map.of()).statusCode())
			.isEqualTo(403);
		assertThat(admin.get("/people?q=forged").body()).doesNotContain("Forged Person");
	}

	@Test
	void showsANotFoundPageThatSaysNothingAboutTheCause() throws Exception {
		HttpResponse<String> response = this.sessions.get(Caller.ADMIN).get("/people/999999");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<span class=\"error-code\">404</span>")
			.doesNotContainPattern(LEAKS)
			.doesNotContain("999999");
	}

	@Test
	void showsAnErrorPageThatSaysNothingAboutTheCause() throws Exception {
		// A page cursor that the application never made is a bad request.
		HttpResponse<String> response = this.sessions.get(Caller.ADMIN).get("/people?after=not-a-cursor");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("class=\"error-code\"")
			.doesNotContainPattern(LEAKS)
			.doesNotContain("not a valid page cursor");
		HttpResponse<String> direct = this.sessions.get(Caller.ANONYMOUS).get("/error");
		assertThat(direct.body()).contains("class=\"error-code\"").doesNotContainPattern(LEAKS);
	}

	@Test
	void answersBrokenApiCallsWithProblemsThatSayNothingAboutTheCode() throws Exception {
		HttpResponse<String> badId = api("GET", "/api/v1/people/not-a-number", Caller.ADMIN, null, null);
		HttpResponse<String> badJson = api("POST", "/api/v1/people", Caller.ADMIN, "application/json", "{\"name\":");

		assertThat(badId.statusCode()).isEqualTo(400);
		assertThat(badJson.statusCode()).isEqualTo(400);
		for (HttpResponse<String> response : List.of(badId, badJson)) {
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).doesNotContainPattern(LEAKS).doesNotContain("jackson");
		}
	}

	private void check(String route, Access access, Caller caller, boolean htmx) throws Exception {
		String method = route.substring(0, route.indexOf(' '));
		String pattern = route.substring(route.indexOf(' ') + 1);
		String path = concrete(pattern);
		HttpResponse<String> response;
		if (isApi(route)) {
			response = api(method, path, caller, apiContentType(route), apiBody(route, caller), apiHeaders(route));
		}
		else {
			String httpMethod = method.equals("*") ? "GET" : method;
			response = this.sessions.get(caller)
				.send(httpMethod, path, formBody(route), true, htmx ? Map.of("HX-Request", "true") : Map.of());
		}
		int status = response.statusCode();
		String location = response.headers().firstValue("Location").orElse("");
		String outcome = route + " as " + caller + " answered " + status + " " + location;
		assertThat(this.connections.drain()).as(outcome + ", taking a second connection while it held one").isEmpty();
		if (access.allows(caller)) {
			assertThat(status).as(outcome).isNotIn(401, 403);
			assertThat(location).as(outcome).doesNotEndWith("/login");
			if (access == Access.ERROR_PAGE) {
				assertThat(response.body()).as(outcome).doesNotContainPattern(LEAKS);
			}
			else {
				assertThat(status / 100 == 2 || status / 100 == 3 || status == 400 || status == 404
						|| (status == 412 && !apiHeaders(route).isEmpty()))
					.as(outcome)
					.isTrue();
			}
		}
		else if (caller == Caller.ANONYMOUS && isApi(route)) {
			assertThat(status).as(outcome).isEqualTo(401);
		}
		else if (caller == Caller.ANONYMOUS) {
			assertThat(status).as(outcome).isEqualTo(302);
			assertThat(location).as(outcome).endsWith("/login");
		}
		else if (access == Access.AUTHOR) {
			// Those who cannot read the relationship do not learn the touchpoint exists.
			assertThat(status).as(outcome).isIn(403, 404);
		}
		else {
			assertThat(status).as(outcome).isEqualTo(403);
		}
	}

	private Set<String> mappedRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
			if (methods.isEmpty()) {
				methods.add("*");
			}
			for (String pattern : info.getPatternValues()) {
				methods.forEach((method) -> routes.add(method + " " + pattern));
			}
		}
		return routes;
	}

	private String concrete(String pattern) {
		String[] segments = pattern.split("/");
		for (int i = 0; i < segments.length; i++) {
			if (segments[i].startsWith("{")) {
				Long id = this.ids.get(segments[i - 1]);
				assertThat(id).as("an object for %s in %s: create one in setup", segments[i], pattern).isNotNull();
				segments[i] = String.valueOf(id);
			}
		}
		return String.join("/", segments) + (pattern.endsWith("/") ? "/" : "");
	}

	/**
	 * Form bodies that the allowed roles send: invalid or harmless, so that the matrix
	 * changes nothing that another row relies on.
	 */
	private String formBody(String route) {
		return switch (route) {
			case "POST /people/new", "POST /people/{id}/edit", "POST /units/{id}/edit" -> "name=";
			case "POST /units/new" -> "name=&kind=BUSINESS_UNIT";
			case "POST /admin/accounts/new" -> "username=&password=";
			case "POST /account/password" -> "currentPassword=not-my-password&newPassword=another-password";
			case "POST /account/tokens" -> "name=";
			case "POST /account/preferences" -> "weeklyDigest=true&_weeklyDigest=on";
			// A wave without emails: nothing is queued again.
			case "POST /admin/outbox/resend-not-sent" -> "wave=matrix-none";
			// Someone outside IT cannot be CIO: the allowed roles see the form again.
			case "POST /leadership" -> "position=CIO&person=" + this.outsideIt.employeeId();
			// No IT group, no owner outside IT, no tier, no stakeholder's name: nothing
			// changes.
			case "POST /relationships/new" -> "itGroupId=&counterpartId=&ownerRef=";
			case "POST /surveys/new" -> "templateKey=&name=";
			case "POST /relationships/{id}/owner" -> "ownerRef=" + this.outsideIt.employeeId();
			case "POST /relationships/{id}/tier" -> "tier=";
			case "POST /relationships/{id}/maturity" -> "side=COUNTERPART&level=&assessedOn=2026-01-05";
			case "POST /relationships/{id}/stakeholders" -> "name=&influence=3&interest=3&stance=NEUTRAL";
			case "POST /relationships/{id}/stakeholders/{stakeholderId}" -> "influence=&interest=3&stance=NEUTRAL";
			// Over a version the relationship never had: the page says it changed
			// meanwhile.
			case "POST /relationships/{id}/stakeholders/{stakeholderId}/remove" -> "version=-1";
			// No reason: the form shows again, and the relationship stays active.
			case "POST /relationships/{id}/closure" -> "reason=&version=";
			// Over a version the relationship never had: the page says it changed
			// meanwhile, and nothing is reopened.
			case "POST /relationships/{id}/closure/reopen" -> "version=-1";
			case "POST /relationships/{id}/touchpoints" ->
				"type=CALL&occurredOn=2026-01-05&summary=&sentiment=0&promise=&promiseOwnerRef=&promiseDueOn=";
			case "POST /touchpoints/new" -> "relationshipId=&type=CALL&summary=";
			case "POST /relationships/{id}/commitments" -> "description=&ownerRef=&dueOn=";
			case "POST /commitments/{id}/transitions" -> "to=&relationshipId=" + this.ids.get("relationships");
			case "POST /commitments/{id}/edit" -> "description=&ownerRef=";
			// No summary: the form shows again; a version it never had: nothing goes.
			case "POST /interactions/{id}/edit" -> "type=CALL&occurredOn=2026-01-05&summary=&sentiment=0";
			case "POST /interactions/{id}/delete" -> "version=-1";
			// No note, no day, someone outside IT: the form shows again, or for those who
			// do not see the alert, the page says it no longer stands.
			case "POST /alerts/{id}/acknowledgement" -> "note=";
			case "POST /alerts/{id}/snooze" -> "until=";
			case "POST /alerts/{id}/assignment" -> "personRef=" + this.outsideIt.employeeId();
			// No file, no value: the form shows again and nothing is stored.
			case "POST /service-metrics/imports" -> "format=servicenow-incidents";
			case "POST /service-metrics/attribution" -> "dimension=LOCATION&value=&unitId=" + this.unitId;
			case "POST /insight/reports" -> "period=2099-Q1";
			case "POST /recognition/nominations" ->
				"awardKey=relationship-builder&nomineeRef=" + this.outsideIt.employeeId() + "&reason=Matrix";
			case "POST /recognition/nominations/{id}/decision" -> "decision=DECLINED";
			case "POST /scorecards/goals" -> "title=&measure=CADENCE&target=90";
			case "POST /development/feedback" -> "closesOn=2000-01-01";
			case "POST /development/feedback/{id}/raters" -> "personRef=&group=PEER";
			// No title: the form shows again; the rest on a course that does not exist.
			case "POST /development/trainings" -> "title=&format=WORKSHOP&durationHours=2";
			case "POST /development/trainings/{id}/enrolments" -> "sessionId=999999";
			case "POST /development/trainings/{id}/enrolments/{enrolmentId}/attendance" -> "attendance=ATTENDED";
			case "POST /development/trainings/{id}/enrolments/{enrolmentId}/feedback" -> "rating=4";
			case "POST /recognition/kudos/{id}/decision" -> "approve=false";
			// No name: the form shows again and nothing is opened.
			case "POST /development/mentoring/programmes" -> "name=";
			// No coach: the form shows again and nothing is set up.
			case "POST /development/coaching" -> "coachRef=&goal=Matrix";
			case "POST /development/coaching/{id}/sessions" -> "heldOn=2026-01-05&note=Matrix";
			case "POST /development/coaching/{id}/outcome" -> "outcome=Matrix";
			case "POST /scorecards/goals/{goal}/check-ins" -> "progress=10";
			case "POST /recognition/kudos" ->
				"recipientRef=" + this.outsideIt.employeeId() + "&values=listened&message=Matrix";
			default -> "";
		};
	}

	private static String apiContentType(String route) {
		return switch (route) {
			case "POST /api/v1/people", "POST /api/v1/development-plans", "PUT /api/v1/people/{id}",
					"POST /api/v1/org-units", "POST /api/v1/relationships", "PUT /api/v1/relationships/{id}",
					"POST /api/v1/relationships/{id}/stakeholders",
					"PUT /api/v1/relationships/{id}/stakeholders/{stakeholderId}",
					"POST /api/v1/relationships/{id}/interactions", "POST /api/v1/relationships/{id}/commitments",
					"POST /api/v1/commitments/{id}/transitions", "PUT /api/v1/commitments/{id}",
					"POST /api/v1/relationships/{id}/maturity", "PUT /api/v1/accounts/{id}",
					"POST /api/v1/alerts/{id}/acknowledgement", "POST /api/v1/alerts/{id}/snooze",
					"POST /api/v1/alerts/{id}/assignment", "PUT /api/v1/interactions/{id}",
					"POST /api/v1/relationships/{id}/closure", "POST /api/v1/campaigns",
					"PUT /api/v1/account/preferences", "POST /api/v1/survey-templates/{key}/copies",
					"PUT /api/v1/survey-templates/{key}", "POST /api/v1/service-metrics/attribution-rules",
					"POST /api/v1/service-metrics/availability", "POST /api/v1/insight/reports", "POST /api/v1/kudos",
					"POST /api/v1/nominations", "POST /api/v1/nominations/{id}/decision", "POST /api/v1/goals",
					"POST /api/v1/goals/{id}/check-ins", "POST /api/v1/kudos/{id}/decision",
					"POST /api/v1/competencies", "PUT /api/v1/competencies/{key}", "POST /api/v1/feedback-rounds",
					"POST /api/v1/feedback-rounds/{id}/raters", "POST /api/v1/mentoring/programmes",
					"POST /api/v1/mentoring/programmes/{id}/mentors", "POST /api/v1/mentoring/programmes/{id}/mentees",
					"POST /api/v1/mentoring/programmes/{id}/pairs", "POST /api/v1/mentoring/pairs/{id}/sessions",
					"POST /api/v1/mentoring/pairs/{id}/closure", "POST /api/v1/coaching",
					"POST /api/v1/coaching/{id}/sessions", "POST /api/v1/coaching/{id}/outcome",
					"POST /api/v1/trainings", "PUT /api/v1/trainings/{id}", "POST /api/v1/trainings/{id}/sessions",
					"POST /api/v1/trainings/{id}/enrolments",
					"POST /api/v1/trainings/{id}/enrolments/{enrolmentId}/attendance",
					"POST /api/v1/trainings/{id}/enrolments/{enrolmentId}/feedback" ->
				"application/json";
			case "POST /api/v1/people/imports", "POST /api/v1/campaigns/{id}/responses/imports",
					"POST /api/v1/service-metrics/imports", "POST /api/v1/competencies/imports" ->
				"multipart/form-data; boundary=matrix";
			default -> null;
		};
	}

	/**
	 * Valid requests, so that a role that may not make them is refused for its role and
	 * not for its input.
	 */
	private String apiBody(String route, Caller caller) {
		return switch (route) {
			case "POST /api/v1/people" -> "{\"name\": \"Matrix API " + caller + "\"}";
			// A last day gone by: refused for its input, whoever calls.
			case "POST /api/v1/feedback-rounds" -> "{\"closesOn\": \"2000-01-01\"}";
			case "POST /api/v1/feedback-rounds/{id}/raters" -> "{\"personId\": 1, \"group\": \"PEER\"}";
			case "POST /api/v1/competencies", "PUT /api/v1/competencies/{key}" -> "{\"name\": \"Matrix skill " + caller
					+ "\", \"description\": \"A skill.\", \"levels\": [\"One.\", \"Two.\", \"Three.\", \"Four.\"]}";
			case "POST /api/v1/mentoring/programmes" -> "{\"name\": \"Matrix programme by " + caller + "\"}";
			// Into a programme or pair that does not exist: those allowed find nothing.
			case "POST /api/v1/mentoring/programmes/{id}/mentors" -> "{\"strengths\": [\"empathy\"], \"capacity\": 1}";
			case "POST /api/v1/mentoring/programmes/{id}/mentees" -> "{\"goals\": [\"empathy\"], \"note\": \"Matrix\"}";
			case "POST /api/v1/mentoring/programmes/{id}/pairs" -> "{\"menteeId\": 1, \"mentorId\": 2}";
			case "POST /api/v1/mentoring/pairs/{id}/sessions" -> "{\"heldOn\": \"2026-01-05\", \"note\": \"Matrix\"}";
			case "POST /api/v1/mentoring/pairs/{id}/closure" -> "{\"outcome\": \"Matrix\"}";
			// No coach: refused for its input whoever calls; into an engagement that does
			// not exist, those allowed find nothing.
			case "POST /api/v1/coaching" -> "{\"goals\": [{\"goal\": \"Matrix\"}]}";
			case "POST /api/v1/coaching/{id}/sessions" -> "{\"heldOn\": \"2026-01-05\", \"note\": \"Matrix\"}";
			case "POST /api/v1/coaching/{id}/outcome" -> "{\"outcome\": \"Matrix\"}";
			// A course per caller, so that each adds one of its own; on a course that
			// does
			// not exist, those allowed find nothing.
			case "POST /api/v1/trainings",
					"PUT /api/v1/trainings/{id}" ->
				"{\"title\": \"Matrix course " + caller
						+ "\", \"description\": \"A course.\", \"internal\": true, \"format\": \"WORKSHOP\", "
						+ "\"durationMinutes\": 90, \"competencies\": [\"active-listening\"]}";
			case "POST /api/v1/trainings/{id}/sessions" -> "{\"startsAt\": \"2099-01-05T09:00\", "
					+ "\"endsAt\": \"2099-01-05T12:00\", \"location\": \"Matrix room\", \"capacity\": 4}";
			case "POST /api/v1/trainings/{id}/enrolments" -> "{\"sessionId\": 999999}";
			// A goal on a competency the framework lacks: refused for its input, so no
			// caller starts a plan.
			case "POST /api/v1/development-plans" -> "{\"goal\": {\"competency\": \"matrix-none\"}}";
			case "POST /api/v1/trainings/{id}/enrolments/{enrolmentId}/attendance" -> "{\"attendance\": \"ATTENDED\"}";
			case "POST /api/v1/trainings/{id}/enrolments/{enrolmentId}/feedback" -> "{\"rating\": 4}";
			case "PUT /api/v1/people/{id}" -> "{\"name\": \"Matrix Accountant\", \"employeeId\": \"MX-1\", "
					+ "\"unitId\": " + this.unitId + ", \"inIt\": false}";
			case "POST /api/v1/org-units" -> "{\"name\": \"Matrix Vendor " + caller + "\", \"kind\": \"VENDOR\"}";
			case "PUT /api/v1/accounts/{id}" ->
				"{\"roles\": [\"IT_STAFF\"], \"personId\": " + this.staffPerson + ", \"enabled\": true}";
			case "PUT /api/v1/account/preferences" -> "{\"weeklyDigest\": true}";
			case "POST /api/v1/relationships" -> relationshipBody(this.counterparts.get(caller));
			case "PUT /api/v1/relationships/{id}" -> relationshipBody(this.relationshipCounterpart);
			case "POST /api/v1/relationships/{id}/commitments" -> "{\"description\": \"Matrix promise by " + caller
					+ "\", \"ownerId\": " + this.relationshipOwner + ", \"dueOn\": \"2030-01-01\"}";
			case "POST /api/v1/commitments/{id}/transitions" -> "{\"to\": \"RENEGOTIATED\", \"dueOn\": \"2031-01-01\"}";
			// The commitment as it is: a correction that changes nothing.
			case "PUT /api/v1/commitments/{id}" ->
				"{\"description\": \"Matrix promise\", \"ownerId\": " + this.relationshipOwner + "}";
			case "POST /api/v1/relationships/{id}/closure" -> "{\"reason\": \"Matrix ending by " + caller + "\"}";
			case "POST /api/v1/relationships/{id}/maturity" -> "{\"side\": \"COUNTERPART\", \"level\": 2, "
					+ "\"assessedOn\": \"2026-01-05\", \"note\": \"Matrix view by " + caller + "\"}";
			case "POST /api/v1/relationships/{id}/interactions" -> "{\"type\": \"CALL\", \"occurredOn\": "
					+ "\"2026-01-05\", \"summary\": \"Matrix call by " + caller + "\", \"sentiment\": 1}";
			case "PUT /api/v1/interactions/{id}" -> "{\"type\": \"CALL\", \"occurredOn\": \"2026-01-05\", "
					+ "\"summary\": \"Matrix call\", \"sentiment\": 1}";
			case "POST /api/v1/relationships/{id}/stakeholders" -> "{\"name\": \"Matrix Stakeholder " + caller
					+ "\", \"influence\": 3, \"interest\": 3, \"stance\": \"NEUTRAL\"}";
			case "PUT /api/v1/relationships/{id}/stakeholders/{stakeholderId}" ->
				"{\"influence\": 3, \"interest\": 3, \"stance\": \"NEUTRAL\"}";
			// Refused for their input (or not seen at all), so that the alert stays open
			// for
			// every caller: a blank note, a day gone by, someone outside IT.
			case "POST /api/v1/alerts/{id}/acknowledgement" -> "{\"note\": \"\"}";
			case "POST /api/v1/campaigns" -> "{\"name\": \"Matrix campaign without a template\"}";
			// Of a template that does not exist: those allowed find nothing.
			case "POST /api/v1/survey-templates/{key}/copies" -> "{\"name\": \"Matrix copy\"}";
			case "PUT /api/v1/survey-templates/{key}" -> "{\"name\": \"Matrix template\", \"questions\": []}";
			// Someone outside IT: refused for its input, nothing nominated.
			case "POST /api/v1/nominations" -> "{\"awardKey\": \"relationship-builder\", \"nomineeId\": "
					+ this.outsideIt.id() + ", \"reason\": \"Matrix\"}";
			// For the whole organisation, which takes no goals: refused for its input.
			case "POST /api/v1/goals" ->
				"{\"scope\": \"ORGANISATION\", \"title\": \"Matrix\", \"measure\": \"CADENCE\", \"target\": 90}";
			// On kudos that do not exist: those allowed find nothing.
			case "POST /api/v1/kudos/{id}/decision" -> "{\"approve\": false}";
			// On a goal that does not exist: those allowed find nothing.
			case "POST /api/v1/goals/{id}/check-ins" -> "{\"progress\": 10}";
			// Of a nomination that does not exist: those allowed find nothing.
			case "POST /api/v1/nominations/{id}/decision" -> "{\"decision\": \"DECLINED\"}";
			// To someone outside IT: refused for its input, nothing given.
			case "POST /api/v1/kudos" ->
				"{\"recipientId\": " + this.outsideIt.id() + ", \"values\": [\"listened\"], \"message\": \"Matrix\"}";
			// A quarter still to come: no report is kept for it.
			case "POST /api/v1/insight/reports" -> "{\"period\": \"2099-Q1\"}";
			case "POST /api/v1/alerts/{id}/snooze" -> "{\"until\": \"2001-01-01\"}";
			case "POST /api/v1/alerts/{id}/assignment" -> "{\"personId\": " + this.outsideIt.id() + "}";
			// Into a campaign that does not exist: those allowed find nothing.
			case "POST /api/v1/campaigns/{id}/responses/imports" ->
				"--matrix\r\n" + "Content-Disposition: form-data; name=\"file\"; filename=\"matrix.csv\"\r\n"
						+ "Content-Type: text/csv\r\n\r\nScore\n9\n\r\n--matrix\r\n"
						+ "Content-Disposition: form-data; name=\"mapping\"\r\n\r\nrecommend=Score\r\n--matrix--\r\n";
			// A format Rapport does not read: those allowed are refused for their input.
			case "POST /api/v1/service-metrics/imports" ->
				"--matrix\r\n" + "Content-Disposition: form-data; name=\"file\"; filename=\"matrix.csv\"\r\n"
						+ "Content-Type: text/csv\r\n\r\nnumber,opened_at\nMX-1,1/3/2016 09:00\n\r\n--matrix\r\n"
						+ "Content-Disposition: form-data; name=\"format\"\r\n\r\nmatrix\r\n--matrix--\r\n";
			// Availability above 100: those allowed are refused for their input, nothing
			// is
			// stored.
			case "POST /api/v1/service-metrics/availability" -> "{\"service\": \"Matrix service\", "
					+ "\"businessUnit\": \"Matrix unit\", \"periodStart\": \"2026-03-01\", "
					+ "\"periodEnd\": \"2026-03-31\", \"availabilityPercent\": 101}";
			// No value: those allowed are refused for their input, nothing is stored.
			case "POST /api/v1/service-metrics/attribution-rules" ->
				"{\"dimension\": \"LOCATION\", \"value\": \"\", \"unitId\": " + this.unitId + "}";
			case "POST /api/v1/people/imports" ->
				"--matrix\r\n" + "Content-Disposition: form-data; name=\"file\"; filename=\"matrix.csv\"\r\n"
						+ "Content-Type: text/csv\r\n\r\nName,EmpID\nMatrix Imported " + caller + ",MXI-" + caller
						+ "\n\r\n--matrix--\r\n";
			default -> null;
		};
	}

	/**
	 * Headers that keep a request harmless: a removal, an ending or a reopening over a
	 * version the relationship never had, refused with 412 once the caller is let
	 * through.
	 */
	private static Map<String, String> apiHeaders(String route) {
		return switch (route) {
			case "DELETE /api/v1/relationships/{id}/stakeholders/{stakeholderId}",
					"POST /api/v1/relationships/{id}/closure", "DELETE /api/v1/relationships/{id}/closure",
					"PUT /api/v1/interactions/{id}", "DELETE /api/v1/interactions/{id}" ->
				Map.of("If-Match", "\"-1\"");
			default -> Map.of();
		};
	}

	private String relationshipBody(long counterpartId) {
		return "{\"itGroupId\": " + this.itGroupId + ", \"counterpartId\": " + counterpartId + ", \"ownerId\": "
				+ this.relationshipOwner + ", \"tier\": \"CORE\"}";
	}

	private HttpResponse<String> api(String method, String path, Caller caller, String contentType, String body)
			throws Exception {
		return api(method, path, caller, contentType, body, Map.of());
	}

	private HttpResponse<String> api(String method, String path, Caller caller, String contentType, String body,
			Map<String, String> headers) throws Exception {
		Map<String, String> all = new TreeMap<>(headers);
		all.put("Accept", JsonApi.ACCEPT);
		return new JsonApi(this.port).send(method, path,
				(caller != Caller.ANONYMOUS) ? caller.username + ":" + caller.password() : null,
				(body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody(), contentType, all);
	}

	private static boolean isApi(String route) {
		return route.contains(" /api/");
	}

	private static <T> T asAdmin(Supplier<T> action) {
		return SignedIn.withRole("admin", Role.ADMIN, action);
	}

	/**
	 * Who calls: nobody in particular, or the user of one role.
	 */
	enum Caller {

		ANONYMOUS(null, null), ADMIN("admin", Role.ADMIN), CIO("matrix-cio", Role.CIO),
		RELATIONSHIP_MANAGER("matrix-brm", Role.RELATIONSHIP_MANAGER), IT_LEADER("matrix-lead", Role.IT_LEADER),
		IT_STAFF("matrix-staff", Role.IT_STAFF);

		final String username;

		final Role role;

		Caller(String username, Role role) {
			this.username = username;
			this.role = role;
		}

		String password() {
			return (this == ADMIN) ? "keys-of-the-castle" : PASSWORD;
		}

	}

	/**
	 * Who may call a route.
	 */
	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC(null),
		/** The error page: anyone, and it shows nothing of the failure. */
		ERROR_PAGE(null),
		/** Every signed-in user, whatever the role. */
		SIGNED_IN(EnumSet.allOf(Role.class)),
		/** Administrators only. */
		ADMIN(EnumSet.of(Role.ADMIN)),
		/** Administrators and the CIO. */
		ADMIN_OR_CIO(EnumSet.of(Role.ADMIN, Role.CIO)),
		/** Those who steer the relationship portfolio. */
		PORTFOLIO(EnumSet.of(Role.ADMIN, Role.CIO, Role.RELATIONSHIP_MANAGER)),
		/** Those who steer the portfolio, and IT leaders for the groups they lead. */
		PORTFOLIO_OR_LEADER(EnumSet.of(Role.ADMIN, Role.CIO, Role.RELATIONSHIP_MANAGER, Role.IT_LEADER)),
		/**
		 * Whoever made the object, here the administrator, who logs the matrix's
		 * touchpoint; others are refused, as not found when the object is out of reach.
		 */
		AUTHOR(EnumSet.of(Role.ADMIN));

		private final Set<Role> roles;

		Access(Set<Role> roles) {
			this.roles = roles;
		}

		boolean allows(Caller caller) {
			if (this.roles == null) {
				return true;
			}
			return caller != Caller.ANONYMOUS && this.roles.contains(caller.role);
		}

	}

}
