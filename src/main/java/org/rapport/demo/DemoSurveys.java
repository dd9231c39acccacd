package org.rapport.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;

import org.rapport.directory.UnitKind;
import org.rapport.relationships.RelationshipFilter;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.StakeholderSummary;
import org.rapport.shared.KeysetPage;
import org.rapport.surveys.CampaignDraft;
import org.rapport.surveys.Channel;
import org.rapport.surveys.QuestionKind;
import org.rapport.surveys.QuestionSummary;
import org.rapport.surveys.ResponseImport;
import org.rapport.surveys.SurveyManagement;
import org.rapport.surveys.SurveyTemplateSummary;

/**
 * The demo organisation's survey history, the essay's story in figures: four quarterly
 * partner pulses in which most business units recommend IT while two doubt it more each
 * quarter; a service quality survey in which every unit rates IT's reliability highly and
 * those two rate its empathy and responsiveness poorly; IT's mirror survey, in which IT
 * rates its own empathy as highly as its reliability; and a vendor reviewed by IT and
 * rating IT in return. Each is recorded through the same import an organisation uses to
 * bring its own history.
 */
class DemoSurveys {

	/** How many of the business units doubt IT. */
	static final int DOUBTING = 2;

	private static final String[] PRAISE = { "Quick to help whenever we ask.", "The new portal saves us time.",
			"Our account manager knows what we are working on.", "Keep the monthly check-ins, they help.",
			"Very reliable; we rarely think about IT, which is a compliment." };

	private static final String[] DOUBTS = { "The systems are up, but nobody asks what we actually need.",
			"We hear about changes after they happen.", "Tickets get closed without the problem being solved for us.",
			"IT talks about availability; we need someone who understands our deadlines.",
			"Hard to know who to talk to for anything beyond a password reset." };

	private final Random random;

	private final LocalDate today;

	DemoSurveys(long seed, LocalDate today) {
		this.random = new Random(seed * 13 + 5);
		this.today = today;
	}

	/**
	 * Records the survey history.
	 * @param surveys where campaigns are recorded
	 * @param relationships the portfolio
	 * @param email the email address of a person by id, {@code null} when none
	 * @return the names of the business units that doubt IT
	 */
	Set<String> load(SurveyManagement surveys, RelationshipManagement relationships, LongFunction<String> email) {
		LocalDate today = this.today;
		List<RelationshipSummary> all = new ArrayList<>();
		String after = null;
		do {
			KeysetPage<RelationshipSummary> page = relationships.relationships(RelationshipFilter.none(), after, 200);
			all.addAll(page.items());
			after = page.next();
		}
		while (after != null);
		List<RelationshipSummary> business = all.stream()
			.filter((relationship) -> relationship.kind() == UnitKind.BUSINESS_UNIT)
			.toList();
		Set<String> units = new TreeSet<>();
		business.forEach((relationship) -> units.add(relationship.counterpartName()));
		Set<String> doubting = new TreeSet<>(units.stream().skip(1).limit(DOUBTING).toList());
		LocalDate quarter = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3);
		for (int wave = 4; wave >= 1; wave--) {
			LocalDate start = quarter.minusMonths(3L * wave);
			pulse(surveys, business, doubting, 4 - wave, start.plusDays(35 + this.random.nextInt(20)));
		}
		LocalDate last = quarter.minusMonths(3);
		SurveyTemplateSummary quality = surveys.template("service-quality");
		record(surveys, quality, "Service quality " + label(last), Channel.PULSE, business,
				serviceQuality(quality, business, doubting), last.plusDays(30));
		SurveyTemplateSummary mirror = surveys.template("mirror");
		record(surveys, mirror, "Mirror: IT rates itself " + label(last), Channel.REVIEW, business,
				mirror(mirror, business, email), last.plusDays(33));
		// The first vendor relationship of the first IT group: the souring one.
		all.stream()
			.filter((relationship) -> relationship.kind() == UnitKind.VENDOR)
			.min(java.util.Comparator.comparingLong(RelationshipSummary::id))
			.ifPresent((vendor) -> vendor(surveys, relationships, vendor, email, last.plusDays(45)));
		return doubting;
	}

	private void pulse(SurveyManagement surveys, List<RelationshipSummary> business, Set<String> doubting, int wave,
			LocalDate day) {
		StringBuilder csv = new StringBuilder("Relationship,Score,Reasons,Comment\n");
		for (RelationshipSummary relationship : business) {
			boolean doubts = doubting.contains(relationship.counterpartName());
			int responses = 6 + this.random.nextInt(5);
			for (int i = 0; i < responses; i++) {
				// Most units recommend IT, a little more each quarter; the doubting ones
				// less
				// each quarter.
				int score = doubts ? 5 + this.random.nextInt(5) - wave / 2 : (this.random.nextInt(15) == 0) ? 5
						: Math.min(10, 7 + this.random.nextInt(4) + ((this.random.nextInt(5) < wave) ? 1 : 0));
				String reason = (score >= 9) ? pick("promises-kept", "knows-our-business", "easy", "explains")
						: (score >= 7) ? pick("inconsistent", "chased", "unclear")
								: pick("not-our-business", "hard-to-reach", "slow", "promises-broken");
				String comment = (this.random.nextInt(3) > 0) ? "" : (score >= 7) ? pick(PRAISE) : pick(DOUBTS);
				csv.append(relationship.id())
					.append(',')
					.append(score)
					.append(',')
					.append(reason)
					.append(",\"")
					.append(comment)
					.append("\"\n");
			}
		}
		SurveyTemplateSummary template = surveys.template("relationship-pulse");
		record(surveys, template, "Partner pulse " + label(day), Channel.PULSE, business, new Sheet(csv.toString(), Map
			.of("relationship", "Relationship", "recommend", "Score", "reasons", "Reasons", "change", "Comment")), day);
	}

	/**
	 * Partners everywhere rate IT's reliability and assurance highly; the doubting units
	 * find its empathy and responsiveness below what they accept.
	 */
	private Sheet serviceQuality(SurveyTemplateSummary template, List<RelationshipSummary> business,
			Set<String> doubting) {
		List<QuestionSummary> items = template.questions()
			.stream()
			.filter((question) -> question.kind() == QuestionKind.SERVQUAL)
			.toList();
		Map<String, String> mapping = new LinkedHashMap<>();
		mapping.put("relationship", "Relationship");
		StringBuilder csv = new StringBuilder("Relationship");
		for (QuestionSummary item : items) {
			csv.append(',')
				.append(item.key())
				.append(" min,")
				.append(item.key())
				.append(" desired,")
				.append(item.key());
			mapping.put(item.key() + ".minimum", item.key() + " min");
			mapping.put(item.key() + ".desired", item.key() + " desired");
			mapping.put(item.key(), item.key());
		}
		csv.append('\n');
		for (RelationshipSummary relationship : business) {
			boolean doubts = doubting.contains(relationship.counterpartName());
			int responses = 5 + this.random.nextInt(4);
			for (int i = 0; i < responses; i++) {
				csv.append(relationship.id());
				for (QuestionSummary item : items) {
					int perceived = switch (item.dimension()) {
						case "RELIABILITY", "ASSURANCE" -> 7 + this.random.nextInt(2);
						case "EMPATHY", "RESPONSIVENESS" ->
							doubts ? 2 + this.random.nextInt(3) : 5 + this.random.nextInt(3);
						default -> 5 + this.random.nextInt(3);
					};
					csv.append(',')
						.append(4 + this.random.nextInt(2))
						.append(',')
						.append(7 + this.random.nextInt(2))
						.append(',')
						.append(perceived);
				}
				csv.append('\n');
			}
		}
		return new Sheet(csv.toString(), mapping);
	}

	/**
	 * Each relationship's owner rates IT: high everywhere, empathy included.
	 */
	private Sheet mirror(SurveyTemplateSummary template, List<RelationshipSummary> business,
			LongFunction<String> email) {
		List<QuestionSummary> items = template.questions()
			.stream()
			.filter((question) -> question.kind() == QuestionKind.RATING)
			.toList();
		Map<String, String> mapping = new LinkedHashMap<>();
		mapping.put("relationship", "Relationship");
		mapping.put("respondent", "Email");
		StringBuilder csv = new StringBuilder("Relationship,Email");
		items.forEach((item) -> {
			csv.append(',').append(item.key());
			mapping.put(item.key(), item.key());
		});
		csv.append('\n');
		for (RelationshipSummary relationship : business) {
			String owner = email.apply(relationship.ownerId());
			if (owner == null) {
				continue;
			}
			csv.append(relationship.id()).append(',').append(owner);
			items.forEach((item) -> csv.append(',').append(7 + this.random.nextInt(2)));
			csv.append('\n');
		}
		return new Sheet(csv.toString(), mapping);
	}

	/**
	 * IT's owner and participants review the vendor; the vendor's contacts rate IT as a
	 * customer.
	 */
	private void vendor(SurveyManagement surveys, RelationshipManagement relationships, RelationshipSummary vendor,
			LongFunction<String> email, LocalDate day) {
		List<String> it = new ArrayList<>();
		it.add(email.apply(vendor.ownerId()));
		vendor.participantIds().forEach((id) -> it.add(email.apply(id)));
		StringBuilder review = new StringBuilder("Email,Delivery,Responsiveness,Fairness,Ideas,Account,Comment\n");
		it.stream()
			.filter((address) -> address != null)
			.distinct()
			.forEach((address) -> review.append(address)
				.append(',')
				.append(2 + this.random.nextInt(2))
				.append(',')
				.append(2 + this.random.nextInt(2))
				.append(',')
				.append(3)
				.append(',')
				.append(1 + this.random.nextInt(2))
				.append(',')
				.append(2 + this.random.nextInt(2))
				.append(",\"Service credits are argued over every month.\"\n"));
		SurveyTemplateSummary reviewTemplate = surveys.template("vendor-review");
		record(surveys, reviewTemplate, "Vendor review: " + vendor.counterpartName() + " " + label(day), Channel.REVIEW,
				List.of(vendor),
				new Sheet(review.toString(),
						Map.of("respondent", "Email", "delivery", "Delivery", "responsiveness", "Responsiveness",
								"fairness", "Fairness", "ideas", "Ideas", "account", "Account", "comment", "Comment")),
				day);
		StringBuilder back = new StringBuilder(
				"Email,Payment,Requirements,Decisions,Negotiation,Partnership,Comment\n");
		for (StakeholderSummary contact : relationships.stakeholders(vendor.id())) {
			String address = (contact.personId() != null) ? email.apply(contact.personId()) : null;
			if (address != null) {
				back.append(address)
					.append(',')
					.append(4 + this.random.nextInt(2))
					.append(',')
					.append(2 + this.random.nextInt(2))
					.append(',')
					.append(2)
					.append(',')
					.append(3)
					.append(',')
					.append(3)
					.append(",\"Decisions wait weeks for sign-off; tell us sooner what you need.\"\n");
			}
		}
		SurveyTemplateSummary backTemplate = surveys.template("vendor-rates-it");
		record(surveys, backTemplate, vendor.counterpartName() + " rates IT " + label(day), Channel.REVIEW,
				List.of(vendor),
				new Sheet(back.toString(),
						Map.of("respondent", "Email", "payment", "Payment", "requirements", "Requirements", "decisions",
								"Decisions", "negotiation", "Negotiation", "partnership", "Partnership", "comment",
								"Comment")),
				day.plusDays(2));
	}

	/**
	 * Prepares a campaign and records it from its sheet, as held on a day.
	 */
	private void record(SurveyManagement surveys, SurveyTemplateSummary template, String name, Channel channel,
			List<RelationshipSummary> relationships, Sheet sheet, LocalDate day) {
		long id = surveys
			.create(new CampaignDraft(template.key(), name, channel,
					relationships.stream().map(RelationshipSummary::id).toList(), null, this.today.plusDays(14), null,
					null, List.of()))
			.id();
		ResponseImport done = surveys.importResponses(id, null, sheet.csv().getBytes(StandardCharsets.UTF_8),
				sheet.mapping(), day);
		if (!done.rejected().isEmpty()) {
			throw new IllegalStateException("The demo survey " + name + " did not import cleanly: " + done.rejected());
		}
	}

	private static String label(LocalDate day) {
		return day.getYear() + " Q" + day.get(IsoFields.QUARTER_OF_YEAR);
	}

	private String pick(String... choices) {
		return choices[this.random.nextInt(choices.length)];
	}

	/**
	 * Results as a survey tool exports them, with the mapping of their columns.
	 */
	private record Sheet(String csv, Map<String, String> mapping) {
	}

}
