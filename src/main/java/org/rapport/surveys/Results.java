package org.rapport.surveys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.rapport.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Figures a campaign's results from its answers and applies the anonymity rules: the
 * minimum per group with complementary suppression ({@link Suppression}), the comment
 * minimum, and the guard against differencing through repeated filters
 * ({@link Disclosure}) over what the same user was shown recently.
 */
@Component
class Results {

	private static final String NONE = "none";

	/** The grouping by the label an import gave each response, such as a location. */
	static final String SEGMENT = "segment";

	/** The grouping by the IT person who owns the relationship a response is about. */
	static final String OWNER = "owner";

	/** The grouping by the IT group accountable for the relationship. */
	static final String IT_GROUP = "itGroup";

	private static final Set<String> GROUPINGS = Set.of("relationship", "unit", SEGMENT, OWNER, IT_GROUP, NONE);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration memory;

	Results(JdbcClient jdbc, Clock clock, @Value("${rapport.surveys.disclosure-memory:P90D}") Duration memory) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.memory = memory;
	}

	/**
	 * Which responses a results request covers.
	 *
	 * @param groupBy {@code relationship}, {@code unit}, {@code segment} (the label an
	 * import gave each response), {@code owner} (the relationship's owner in IT),
	 * {@code itGroup} (the IT group accountable for it) or {@code none}
	 * @param field the column a filter narrows on, {@code null} for none
	 * @param value the filter's value
	 */
	record Request(String groupBy, String field, Long value) {

		static Request of(String groupBy, String filter) {
			String by = (groupBy == null || groupBy.isBlank()) ? NONE : groupBy.strip();
			if (!GROUPINGS.contains(by)) {
				throw new InvalidInputException("groupBy", "error.survey.group-by");
			}
			if (filter == null || filter.isBlank()) {
				return new Request(by, null, null);
			}
			String[] parts = filter.strip().split(":", 2);
			if (parts.length != 2 || !Set.of("relationship", "unit").contains(parts[0])) {
				throw new InvalidInputException("filter", "error.survey.filter");
			}
			try {
				return new Request(by, parts[0], Long.valueOf(parts[1]));
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("filter", "error.survey.filter");
			}
		}

		String column(String name) {
			return switch (name) {
				case "relationship" -> "relationship_id";
				case SEGMENT -> SEGMENT;
				default -> "unit_id";
			};
		}

		/**
		 * What a response's group is read from: a column of the response, or for the IT
		 * side the owner or group the relationship has as the results are read, through
		 * the relationships' view (docs/adr/004).
		 */
		String groupColumn(String alias) {
			return switch (this.groupBy) {
				case NONE -> "null";
				case OWNER -> "p.owner_id";
				case IT_GROUP -> "p.it_group_id";
				default -> alias + "." + column(this.groupBy);
			};
		}

		String groupJoin(String alias) {
			return this.groupBy.equals(OWNER) || this.groupBy.equals(IT_GROUP)
					? " left join relationships_portfolio p on p.id = " + alias + ".relationship_id" : "";
		}

		String where(String alias) {
			return (this.field != null) ? " and " + alias + "." + column(this.field) + " = :value" : "";
		}

	}

	/**
	 * A campaign's results.
	 * @param campaign the campaign
	 * @param template its template
	 * @param request the grouping and filter
	 * @param username who is shown them, whose recent views the differencing guard
	 * weighs; {@code null} for Rapport's own use, which shows them to no one
	 * @return the results
	 */
	SurveyResults results(Campaign campaign, SurveyTemplateSummary template, Request request, String username) {
		long id = campaign.getId();
		Map<String, Object> params = new HashMap<>();
		params.put("campaign", id);
		if (request.field() != null) {
			params.put("value", request.value());
		}
		long invitations = this.jdbc
			.sql("select count(*) from surveys_invitation i where i.campaign_id = :campaign" + request.where("i"))
			.params(params)
			.query(Long.class)
			.single();
		Map<Long, String> groupOf = new LinkedHashMap<>();
		this.jdbc.sql("select r.id, " + request.groupColumn("r") + " as group_id from surveys_response r"
				+ request.groupJoin("r") + " where r.campaign_id = :campaign" + request.where("r") + " order by r.id")
			.params(params)
			.query((rs) -> {
				Object group = rs.getObject("group_id");
				groupOf.put(rs.getLong("id"), (group != null) ? String.valueOf(group) : NONE);
			});
		Map<Long, List<Given>> answers = new HashMap<>();
		this.jdbc.sql("""
				select a.response_id, q.question_key, q.kind, q.dimension, a.score, a.minimum, a.desired, a.comment
				from surveys_answer a
				join surveys_response r on r.id = a.response_id
				join surveys_question q on q.id = a.question_id
				where r.campaign_id = :campaign""" + request.where("r")).params(params).query((rs) -> {
			answers.computeIfAbsent(rs.getLong("response_id"), (response) -> new ArrayList<>())
				.add(new Given(rs.getString("question_key"), QuestionKind.valueOf(rs.getString("kind")),
						rs.getString("dimension"), rs.getObject("score", Integer.class),
						rs.getObject("minimum", Integer.class), rs.getObject("desired", Integer.class),
						rs.getString("comment")));
		});
		Map<String, List<Long>> members = new TreeMap<>();
		groupOf.forEach((response, group) -> members.computeIfAbsent(group, (key) -> new ArrayList<>()).add(response));
		Map<String, String> labels = labels(request.groupBy(), members.keySet());
		boolean anonymous = campaign.getChannel() == Channel.PULSE;
		int total = groupOf.size();
		Suppression figures = new Suppression(campaign.getMinimumResponses());
		Suppression comments = new Suppression(campaign.getCommentMinimum());
		List<Suppression.Group> sizes = members.entrySet()
			.stream()
			.map((entry) -> new Suppression.Group(entry.getKey(), entry.getValue().size()))
			.toList();
		Suppression.Outcome outcome = figures.apply(total, sizes);
		Suppression.Outcome commentOutcome = comments.apply(total, sizes);
		if (anonymous && username != null) {
			guard(campaign, username, groupOf.keySet(), outcome, members);
		}
		boolean wholeShown = !anonymous || outcome.totalShown();
		boolean wholeComments = !anonymous || commentOutcome.totalShown();
		SurveyResults.Figures whole = wholeShown ? figures(template, answers, groupOf.keySet(), wholeComments) : null;
		List<SurveyResults.Group> groups = new ArrayList<>();
		if (!request.groupBy().equals(NONE)) {
			Map<String, Long> invited = invitations(params, request);
			for (Map.Entry<String, List<Long>> group : members.entrySet()) {
				boolean shown = !anonymous
						|| outcome.group(group.getKey()).map(Suppression.GroupOutcome::shown).orElse(false);
				boolean withComments = !anonymous
						|| commentOutcome.group(group.getKey()).map(Suppression.GroupOutcome::shown).orElse(false);
				groups.add(new SurveyResults.Group(group.getKey(), labels.getOrDefault(group.getKey(), group.getKey()),
						invited.getOrDefault(group.getKey(), 0L), group.getValue().size(), !shown,
						shown ? figures(template, answers, group.getValue(), withComments) : null));
			}
		}
		return new SurveyResults(id, campaign.getChannel(), request.groupBy(), campaign.getMinimumResponses(),
				campaign.getCommentMinimum(), invitations, total, !wholeShown, whole, groups,
				anonymous ? List.of() : respondents(params, request, answers));
	}

	/**
	 * How many were invited in each group. Invitations name no answer, so their counts
	 * show whatever the responses do; an import's segments have none.
	 */
	private Map<String, Long> invitations(Map<String, Object> params, Request request) {
		Map<String, Long> invited = new HashMap<>();
		if (request.groupBy().equals(SEGMENT)) {
			return invited;
		}
		this.jdbc
			.sql("select " + request.groupColumn("i") + " as group_id, count(*) as invited from surveys_invitation i"
					+ request.groupJoin("i") + " where i.campaign_id = :campaign" + request.where("i") + " group by "
					+ request.groupColumn("i"))
			.params(params)
			.query((rs) -> {
				Object group = rs.getObject("group_id");
				invited.merge((group != null) ? String.valueOf(group) : NONE, rs.getLong("invited"), Long::sum);
			});
		return invited;
	}

	/**
	 * Refuses results that, beside what the user saw of the campaign recently, would
	 * single out fewer respondents than its minimum; otherwise remembers what they
	 * disclose.
	 */
	private void guard(Campaign campaign, String username, Collection<Long> all, Suppression.Outcome outcome,
			Map<String, List<Long>> members) {
		Map<String, RespondentSet> sets = new HashMap<>();
		members.forEach((key, ids) -> sets.put(key, RespondentSet.of(ids)));
		List<RespondentSet> disclosed = Disclosure.disclosed(RespondentSet.of(all), outcome, sets);
		Instant now = this.clock.instant();
		List<RespondentSet> seen = this.jdbc.sql("""
				select respondents from surveys_disclosure
				where campaign_id = :campaign and username = :username and seen_at >= :since
				order by id
				""")
			.param("campaign", campaign.getId())
			.param("username", username)
			.param("since", java.sql.Timestamp.from(now.minus(this.memory)))
			.query((rs, n) -> RespondentSet.decode(rs.getBytes("respondents")))
			.list();
		Disclosure guard = new Disclosure(campaign.getMinimumResponses());
		if (!guard.decide(seen, disclosed).served()) {
			throw new DisclosureRefusedException(campaign.getMinimumResponses());
		}
		Set<RespondentSet.Fingerprint> known = seen.stream()
			.map(RespondentSet::fingerprint)
			.collect(Collectors.toSet());
		for (RespondentSet set : disclosed) {
			RespondentSet.Fingerprint fingerprint = set.fingerprint();
			if (set.isEmpty() || !known.add(fingerprint)) {
				continue;
			}
			try {
				this.jdbc.sql("""
						insert into surveys_disclosure (campaign_id, username, set_size, set_hash, respondents, seen_at)
						values (:campaign, :username, :size, :hash, :respondents, :now)
						""")
					.param("campaign", campaign.getId())
					.param("username", username)
					.param("size", fingerprint.size())
					.param("hash", fingerprint.hash())
					.param("respondents", set.encode())
					.param("now", java.sql.Timestamp.from(now))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Seen before, longer ago than remembered, or by a parallel request: one
				// row is enough.
				this.jdbc.sql("""
						update surveys_disclosure set seen_at = :now
						where campaign_id = :campaign and username = :username and set_size = :size and set_hash = :hash
						""")
					.param("campaign", campaign.getId())
					.param("username", username)
					.param("size", fingerprint.size())
					.param("hash", fingerprint.hash())
					.param("now", java.sql.Timestamp.from(now))
					.update();
			}
		}
	}

	/**
	 * Who answered an attributed review, with what: the respondent is told IT sees their
	 * name. An anonymous pulse's responses name no one, so this is never asked of one.
	 */
	private List<SurveyResults.Respondent> respondents(Map<String, Object> params, Request request,
			Map<Long, List<Given>> answers) {
		return this.jdbc.sql("""
				select r.id, p.name, u.name as counterpart, r.submitted_on
				from surveys_response r
				join directory_person_contact p on p.id = r.respondent_id
				left join directory_unit_name u on u.id = r.unit_id
				where r.campaign_id = :campaign""" + request.where("r") + """

				order by r.submitted_on desc, r.id desc
				""").params(params).query((rs, n) -> {
			List<Given> given = answers.getOrDefault(rs.getLong("id"), List.of());
			Integer score = given.stream()
				.filter((answer) -> answer.kind() == QuestionKind.NPS)
				.map(Given::score)
				.findFirst()
				.orElse(null);
			List<String> comments = given.stream()
				.filter((answer) -> answer.kind() == QuestionKind.TEXT && answer.comment() != null
						&& !answer.comment().isBlank())
				.map(Given::comment)
				.toList();
			return new SurveyResults.Respondent(rs.getString("name"), rs.getString("counterpart"),
					rs.getObject("submitted_on", java.time.LocalDate.class), score, comments);
		}).list();
	}

	private Map<String, String> labels(String groupBy, Collection<String> keys) {
		List<Long> ids = groupBy.equals(SEGMENT) ? List.of()
				: keys.stream().filter(Predicate.not(NONE::equals)).map(Long::valueOf).toList();
		Map<String, String> labels = new HashMap<>();
		if (groupBy.equals(SEGMENT) || ids.isEmpty()) {
			return labels;
		}
		String sql = switch (groupBy) {
			case "relationship" ->
				"""
						select r.id, u.name from relationships_portfolio r join directory_unit_name u on u.id = r.counterpart_id
						where r.id in (:ids)
						""";
			case OWNER -> "select p.id, p.name from directory_person_contact p where p.id in (:ids)";
			default -> "select u.id, u.name from directory_unit_name u where u.id in (:ids)";
		};
		this.jdbc.sql(sql).param("ids", ids).query((java.sql.ResultSet rs) -> {
			labels.put(String.valueOf(rs.getLong(1)), rs.getString(2));
		});
		return labels;
	}

	private static SurveyResults.Figures figures(SurveyTemplateSummary template, Map<Long, List<Given>> answers,
			Collection<Long> responses, boolean withComments) {
		List<Integer> nps = new ArrayList<>();
		Map<String, List<Integer>> ratings = new LinkedHashMap<>();
		List<SurveyFigures.ServqualAnswer> servqual = new ArrayList<>();
		List<String> comments = new ArrayList<>();
		for (long response : responses) {
			for (Given given : answers.getOrDefault(response, List.of())) {
				switch (given.kind()) {
					case NPS -> nps.add(given.score());
					case RATING, MATURITY ->
						ratings.computeIfAbsent(given.key(), (key) -> new ArrayList<>()).add(given.score());
					case SERVQUAL -> servqual.add(new SurveyFigures.ServqualAnswer(
							new SurveyFigures.ServqualItem(given.key(), ServqualDimension.valueOf(given.dimension())),
							given.minimum(), given.desired(), given.score()));
					case TEXT -> {
						if (given.comment() != null && !given.comment().isBlank()) {
							comments.add(given.comment());
						}
					}
					case CHOICE -> {
					}
				}
			}
		}
		SurveyResults.Nps score = SurveyFigures.nps(nps)
			.map((n) -> new SurveyResults.Nps(n.score(), n.promoters(), n.passives(), n.detractors()))
			.orElse(null);
		Map<String, SurveyResults.Mean> means = new LinkedHashMap<>();
		for (QuestionSummary question : template.questions()) {
			List<Integer> given = ratings.get(question.key());
			if (given != null) {
				SurveyFigures.mean(question.scaleMax(), given)
					.ifPresent((mean) -> means.put(question.key(), new SurveyResults.Mean(mean.count(), mean.value())));
			}
		}
		Map<String, SurveyResults.Gaps> dimensions = new LinkedHashMap<>();
		if (!servqual.isEmpty()) {
			SurveyFigures.Servqual gaps = SurveyFigures.servqual(servqual);
			Map<ServqualDimension, SurveyFigures.ServqualGaps> ordered = new EnumMap<>(gaps.dimensions());
			ordered.forEach((dimension, dimensionGaps) -> dimensions.put(dimension.name(), gaps(dimensionGaps)));
			dimensions.put("OVERALL", gaps(gaps.overall()));
		}
		Map<String, List<Integer>> byDimension = new LinkedHashMap<>();
		Map<String, Integer> scales = new HashMap<>();
		for (QuestionSummary question : template.questions()) {
			List<Integer> given = ratings.get(question.key());
			if (question.kind() == QuestionKind.RATING && question.dimension() != null && given != null) {
				byDimension.computeIfAbsent(question.dimension(), (dimension) -> new ArrayList<>()).addAll(given);
				scales.put(question.dimension(), question.scaleMax());
			}
		}
		Map<String, SurveyResults.Mean> rated = new LinkedHashMap<>();
		byDimension.forEach((dimension, given) -> SurveyFigures.mean(scales.get(dimension), given)
			.ifPresent((mean) -> rated.put(dimension, new SurveyResults.Mean(mean.count(), mean.value()))));
		Double trust = (template.kind() != TemplateKind.TRUST) ? null : SurveyFigures
			.trust(byDimension.getOrDefault("CREDIBILITY", List.of()),
					byDimension.getOrDefault("RELIABILITY", List.of()), byDimension.getOrDefault("INTIMACY", List.of()),
					byDimension.getOrDefault("SELF_ORIENTATION", List.of()))
			.map(SurveyFigures.Trust::quotient)
			.orElse(null);
		return new SurveyResults.Figures(score, means, dimensions, rated, trust, withComments ? comments : null);
	}

	private static SurveyResults.Gaps gaps(SurveyFigures.ServqualGaps gaps) {
		return new SurveyResults.Gaps(gaps.consistent(), gaps.inconsistent(), gaps.minimum(), gaps.desired(),
				gaps.perceived(), gaps.adequacyGap(), gaps.superiorityGap());
	}

	private record Given(String key, QuestionKind kind, String dimension, Integer score, Integer minimum,
			Integer desired, String comment) {
	}

}
