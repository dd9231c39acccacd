package org.rapport.health;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.rapport.relationships.Stance;
import org.rapport.relationships.Tier;
import org.rapport.shared.MessageArguments;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The health formula against cases worked out by hand, with the default weights:
 * perception 0.15, engagement 0.30, reliability 0.25, stance 0.20, escalations 0.10.
 */
class HealthFormulaTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	final HealthFormula formula = new HealthFormula(settings());

	@Test
	void withoutSurveysPerceptionsWeightIsSpreadOverTheOthers() {
		// Engagement 1 (contact 10 days ago, core cadence 30), reliability 3/4 = 0.75,
		// stance (5 x 1 + 3 x 0.25) / 8 = 0.71875, escalations 1 - 1/3 = 0.6667.
		// Weights over 0.85: 0.3529, 0.2941, 0.2353, 0.1176.
		// 0.3529 + 0.2206 + 0.1691 + 0.0784 = 0.8211, so 82.
		HealthInputs inputs = inputs(Tier.CORE, 30, TODAY.minusDays(10), 4, 3, 0,
				List.of(stakeholder("Ada", 5, Stance.CHAMPION), stakeholder("Bo", 3, Stance.SCEPTIC)), 1, null);

		Health health = this.formula.score(inputs);

		assertThat(health.score()).isEqualTo(82);
		assertThat(health.band()).isEqualTo(Band.HEALTHY);
		assertThat(health.components()).extracting(ComponentScore::name)
			.containsExactly(HealthComponent.ENGAGEMENT, HealthComponent.RELIABILITY, HealthComponent.STANCE,
					HealthComponent.ESCALATIONS);
		assertThat(health.components()).extracting(ComponentScore::weight)
			.containsExactly(0.30 / 0.85, 0.25 / 0.85, 0.20 / 0.85, 0.10 / 0.85);
		assertThat(health.components()).extracting(ComponentScore::value)
			.containsExactly(1.0, 0.75, 0.71875, 1 - 1 / 3.0);
		assertThat(health.notCounted()).singleElement().satisfies((notCounted) -> {
			assertThat(notCounted.name()).isEqualTo(HealthComponent.PERCEPTION);
			assertThat(notCounted.configuredWeight()).isEqualTo(0.15);
			assertThat(notCounted.explanation()).contains("spread over the other components");
		});
		assertThat(explanation(health, HealthComponent.ENGAGEMENT))
			.isEqualTo("Last real contact 10 days ago, within the 30 days the core tier asks for.");
		assertThat(explanation(health, HealthComponent.RELIABILITY))
			.isEqualTo("3 of 4 commitments due in the last 12 months were kept on time.");
		assertThat(explanation(health, HealthComponent.STANCE))
			.isEqualTo("Weighted by influence, the 2 stakeholders stand closest to supporter: 1 champion, 1 sceptic.");
		assertThat(explanation(health, HealthComponent.ESCALATIONS))
			.isEqualTo("1 escalation in the last 90 days; 3 bring this component to 0.");
	}

	@Test
	void engagementFallsStraightFromTheCadenceToNothingAtTwiceTheCadence() {
		// Strategic cadence 14 days, contact 24 days ago: 1 - 10/14 = 0.2857.
		// Only engagement (0.30) and escalations (0.10) count: weights 0.75 and 0.25.
		// 100 x (0.75 x 0.2857 + 0.25 x 1) = 46.4, so 46: at risk.
		Health health = this.formula
			.score(inputs(Tier.STRATEGIC, 14, TODAY.minusDays(24), 0, 0, 0, List.of(), 0, null));

		assertThat(health.score()).isEqualTo(46);
		assertThat(health.band()).isEqualTo(Band.AT_RISK);
		assertThat(health.components().get(0).weight()).isCloseTo(0.75, within(1e-9));
		assertThat(health.components().get(1).weight()).isCloseTo(0.25, within(1e-9));
		assertThat(health.components().get(0).value()).isCloseTo(1 - 10 / 14.0, within(1e-9));
		assertThat(explanation(health, HealthComponent.ENGAGEMENT))
			.isEqualTo("Last real contact 24 days ago, 10 days past the 14 days the strategic tier asks for.");
		assertThat(health.notCounted()).extracting(NotCounted::name)
			.containsExactly(HealthComponent.PERCEPTION, HealthComponent.RELIABILITY, HealthComponent.STANCE);

		Health silent = this.formula
			.score(inputs(Tier.STRATEGIC, 14, TODAY.minusDays(40), 0, 0, 0, List.of(), 0, null));
		assertThat(silent.components().get(0).value()).isZero();
		assertThat(silent.score()).isEqualTo(25);
	}

	@Test
	void withEveryComponentTheConfiguredWeightsApplyAsTheyAre() {
		// 100 x (0.15 x 0.8 + 0.30 x 1 + 0.25 x 0.75 + 0.20 x 0 + 0.10 x 0) = 60.75, so
		// 61.
		HealthInputs inputs = inputs(Tier.CORE, 30, TODAY, 4, 3, 0, List.of(stakeholder("Cleo", 5, Stance.DETRACTOR)),
				3, 0.8);

		Health health = this.formula.score(inputs);

		assertThat(health.score()).isEqualTo(61);
		assertThat(health.band()).isEqualTo(Band.WATCH);
		assertThat(health.notCounted()).isEmpty();
		assertThat(health.components()).extracting(ComponentScore::weight)
			.containsExactly(0.15, 0.30, 0.25, 0.20, 0.10);
		assertThat(explanation(health, HealthComponent.ENGAGEMENT))
			.isEqualTo("Last real contact today, within the 30 days the core tier asks for.");
		assertThat(health.weakest().name()).isEqualTo(HealthComponent.STANCE);
	}

	@Test
	void scoreIsAHundredTimesTheWeightedSumAndWeightsSumToOne() {
		Random random = new Random(42);
		for (int i = 0; i < 500; i++) {
			int due = random.nextInt(5);
			List<HealthInputs.Stakeholder> stakeholders = random.nextBoolean() ? List.of()
					: List.of(stakeholder("A", 1 + random.nextInt(5), Stance.values()[random.nextInt(5)]),
							stakeholder("B", 1 + random.nextInt(5), Stance.values()[random.nextInt(5)]));
			Health health = this.formula.score(inputs(Tier.values()[random.nextInt(3)], 14 + random.nextInt(80),
					TODAY.minusDays(random.nextInt(200)), due, (due == 0) ? 0 : random.nextInt(due + 1), 0,
					stakeholders, random.nextInt(5), random.nextBoolean() ? random.nextDouble() : null));
			double weights = health.components().stream().mapToDouble(ComponentScore::weight).sum();
			double sum = health.components().stream().mapToDouble((c) -> c.weight() * c.value()).sum();
			assertThat(weights).isCloseTo(1.0, within(1e-9));
			assertThat(health.components()).allSatisfy((c) -> assertThat(c.value()).isBetween(0.0, 1.0));
			assertThat(health.score()).isEqualTo((int) Math.round(100 * sum));
		}
	}

	@Test
	void alertsNameTheRelationshipAndSayWhatToDo() {
		HealthInputs inputs = new HealthInputs(7, "Finance \u2013 Platform", Tier.STRATEGIC, 14, TODAY,
				TODAY.minusYears(1), TODAY.minusDays(20), 2, 0, 2, 0, 0, "Send the migration plan",
				LocalDate.of(2026, 11, 3),
				List.of(stakeholder("Dana Reyes", 5, Stance.DETRACTOR), stakeholder("Eli Moss", 3, Stance.SUPPORTER)),
				0, null, 80, Map.of());
		Health health = this.formula.score(inputs);

		List<HealthFormula.RaisedAlert> alerts = this.formula.alerts(inputs, health);

		assertThat(alerts).extracting(HealthFormula.RaisedAlert::type)
			.containsExactly(AlertType.LOSING_TOUCH, AlertType.COMMITMENT_OVERDUE, AlertType.DETRACTOR,
					AlertType.SCORE_FALLING);
		assertThat(alerts).extracting(HealthFormula.RaisedAlert::code)
			.containsExactly("health.alert.losingTouch", "health.alert.commitmentOverdue",
					"health.alert.detractor.noRole", "health.alert.scoreFalling");
		assertThat(text(inputs, alerts.get(0))).isEqualTo(
				"Finance \u2013 Platform: no real contact for 20 days; the strategic tier asks for contact every 14 days. "
						+ "Arrange a meeting or call with Eli Moss.");
		assertThat(text(inputs, alerts.get(1))).startsWith(
				"Finance \u2013 Platform: 2 commitments overdue, the oldest \u201cSend the migration plan\u201d due 3 Nov 2026.");
		assertThat(text(inputs, alerts.get(2)))
			.startsWith("Finance \u2013 Platform: Dana Reyes, influence 5, stands against IT.");
		assertThat(text(inputs, alerts.get(3)))
			.startsWith("Finance \u2013 Platform: health fell from 80 to %d in 4 weeks.".formatted(health.score()));
	}

	@Test
	void aFallingScoreNamesTheComponentsThatFellTheOneThatCostMostFirst() {
		// Now: engagement 1 - 15/30 = 0.5, reliability 2/4 = 0.5, stance 0.75 (one
		// supporter), escalations 1; weights over 0.85: 0.3529, 0.2941, 0.2353, 0.1176.
		// 17.65 + 14.71 + 17.65 + 11.76 = 61.8, so 62, down from 90 four weeks ago.
		// Then: engagement 100, reliability 75, stance 75, escalations 100, perception
		// not
		// counted. Engagement lost 50 x 0.3529 = 17.6 points, reliability 25 x 0.2941 =
		// 7.4; stance and escalations held.
		HealthInputs inputs = new HealthInputs(1, "Legal \u2013 Platform", Tier.CORE, 30, TODAY, TODAY.minusYears(1),
				TODAY.minusDays(45), 4, 2, 0, 0, 0, null, null, List.of(stakeholder("Ada", 3, Stance.SUPPORTER)), 0,
				null, 90, Map.of(HealthComponent.ENGAGEMENT, 100, HealthComponent.RELIABILITY, 75,
						HealthComponent.STANCE, 75, HealthComponent.ESCALATIONS, 100));
		Health health = this.formula.score(inputs);
		assertThat(health.score()).isEqualTo(62);

		HealthFormula.RaisedAlert falling = this.formula.alerts(inputs, health)
			.stream()
			.filter((alert) -> alert.type() == AlertType.SCORE_FALLING)
			.findFirst()
			.orElseThrow();

		assertThat(HealthFormula.fell(inputs.componentsWeeksAgo(), health)).containsExactly(HealthComponent.ENGAGEMENT,
				HealthComponent.RELIABILITY);
		assertThat(falling.code()).isEqualTo("health.alert.scoreFalling.2");
		// Stored as codes, rendered in the reader's language.
		assertThat(MessageArguments.encode(falling.arguments())).doesNotContain("engagement")
			.contains("m:health.component.inline.ENGAGEMENT");
		assertThat(text(inputs, falling)).startsWith(
				"Legal \u2013 Platform: health fell from 90 to 62 in 4 weeks, as engagement and reliability fell.");
	}

	@Test
	void aFallingScoreWithoutTheComponentsOfThenSaysOnlyHowFarItFell() {
		HealthInputs inputs = new HealthInputs(1, "Legal \u2013 Platform", Tier.CORE, 30, TODAY, TODAY.minusYears(1),
				TODAY.minusDays(45), 4, 2, 0, 0, 0, null, null, List.of(), 0, null, 90, Map.of());

		HealthFormula.RaisedAlert falling = this.formula.alerts(inputs, this.formula.score(inputs))
			.stream()
			.filter((alert) -> alert.type() == AlertType.SCORE_FALLING)
			.findFirst()
			.orElseThrow();

		assertThat(falling.code()).isEqualTo("health.alert.scoreFalling");
		assertThat(falling.arguments()).hasSize(3);
	}

	@Test
	void alertArgumentsReadBackAsTheNumbersTextAndDaysTheyWere() {
		List<Object> arguments = List.of(2, "Send the plan", LocalDate.of(2026, 11, 3));

		assertThat(MessageArguments.decode(MessageArguments.encode(arguments))).containsExactly(2L, "Send the plan",
				LocalDate.of(2026, 11, 3));
	}

	private static String text(HealthInputs inputs, HealthFormula.RaisedAlert alert) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		List<Object> stored = MessageArguments.decode(MessageArguments.encode(alert.arguments()));
		return messages.getMessage(alert.code(), Alert.messageArguments(inputs.name(), stored), Locale.ENGLISH);
	}

	@Test
	void aRelationshipWithNothingRecordedWithinItsFirstCadenceIsNewNotHealthy() {
		Health fresh = this.formula.score(established(10, List.of(), 0));

		assertThat(fresh.band()).isEqualTo(Band.NEW);
		assertThat(fresh.band().scored()).isFalse();
		// Full marks for engagement and escalations, earned by nothing.
		assertThat(fresh.score()).isEqualTo(100);
	}

	@Test
	void anyEvidenceOrTheEndOfTheFirstCadenceScoresARelationship() {
		// A detractor: 100 x (0.5 x 1 + 0.333 x 0 + 0.167 x 1) = 67. An escalation:
		// 100 x (0.75 x 1 + 0.25 x 0.667) = 92. No contact in 45 days of a 30-day
		// cadence: 100 x (0.75 x 0.5 + 0.25 x 1) = 63.
		assertThat(this.formula.score(established(10, List.of(stakeholder("Ada", 4, Stance.DETRACTOR)), 0)).band())
			.isEqualTo(Band.WATCH);
		assertThat(this.formula.score(established(10, List.of(), 1)).band()).isEqualTo(Band.HEALTHY);
		// Past the core tier's 30 days without contact, it is losing touch, not new.
		HealthInputs late = established(45, List.of(), 0);
		Health health = this.formula.score(late);
		assertThat(health.band()).isEqualTo(Band.WATCH);
		assertThat(this.formula.alerts(late, health)).extracting(HealthFormula.RaisedAlert::type)
			.containsExactly(AlertType.LOSING_TOUCH);
	}

	@Test
	void technicallyGreenAndPerceivedRedRaisesThePerceptionGapAndExplainsIt() {
		HealthInputs.Service green = new HealthInputs.Service("Legal", 120, 97.5);
		HealthInputs doubted = withService(0.30, green);

		Health health = this.formula.score(doubted);

		assertThat(this.formula.alerts(doubted, health)).filteredOn((alert) -> alert.type() == AlertType.PERCEPTION_GAP)
			.singleElement()
			.satisfies((alert) -> {
				assertThat(alert.code()).isEqualTo("health.alert.perceptionGap");
				assertThat(alert.arguments()).containsExactly(97.5, 120L, "Legal", 90, 30L);
			});
		assertThat(health.components()).filteredOn((component) -> component.name() == HealthComponent.PERCEPTION)
			.singleElement()
			.satisfies((component) -> assertThat(component.explanation()).isEqualTo(
					"Perception from the latest surveys is 30 out of 100. Meanwhile 97.5 % of the 120 incidents Legal "
							+ "raised in the last 90 days were resolved within their SLA: the gap is in the "
							+ "relationship, not the service."));
		// With the partners' own words, the alert and the explanation quote them.
		HealthInputs quoted = new HealthInputs(1, "Legal \u2013 Platform", Tier.CORE, 30, TODAY, TODAY.minusYears(1),
				TODAY.minusDays(3), 0, 0, 0, 0, 0, null, null, List.of(), 0, 0.30, null, Map.of(), green,
				"\u201CNobody tells us what changed.\u201D");
		Health quotedHealth = this.formula.score(quoted);
		assertThat(this.formula.alerts(quoted, quotedHealth))
			.filteredOn((alert) -> alert.type() == AlertType.PERCEPTION_GAP)
			.singleElement()
			.satisfies((alert) -> {
				assertThat(alert.code()).isEqualTo("health.alert.perceptionGap.said");
				assertThat(alert.arguments()).containsExactly(97.5, 120L, "Legal", 90, 30L,
						"\u201CNobody tells us what changed.\u201D");
			});
		assertThat(quotedHealth.component(HealthComponent.PERCEPTION).orElseThrow().explanation()).endsWith(
				"the gap is in the relationship, not the service. Partners said: \u201CNobody tells us what changed.\u201D");
		// Perceived well, or technically red, or not surveyed: no gap to speak of.
		for (HealthInputs other : List.of(withService(0.55, green),
				withService(0.30, new HealthInputs.Service("Legal", 120, 85.0)), withService(null, green),
				withService(0.30, null))) {
			assertThat(this.formula.alerts(other, this.formula.score(other)))
				.extracting(HealthFormula.RaisedAlert::type)
				.doesNotContain(AlertType.PERCEPTION_GAP);
		}
	}

	private static HealthInputs withService(Double perception, HealthInputs.Service service) {
		return new HealthInputs(1, "Legal \u2013 Platform", Tier.CORE, 30, TODAY, TODAY.minusYears(1),
				TODAY.minusDays(3), 0, 0, 0, 0, 0, null, null, List.of(), 0, perception, null, Map.of(), service, null);
	}

	private static HealthInputs established(int daysAgo, List<HealthInputs.Stakeholder> stakeholders, int escalations) {
		return new HealthInputs(1, "Legal \u2013 Platform", Tier.CORE, 30, TODAY, TODAY.minusDays(daysAgo), null, 0, 0,
				0, 0, 0, null, null, stakeholders, escalations, null, null, Map.of());
	}

	@Test
	void theReliabilitySentenceAgreesWithItsFigures() {
		// Two due in the window, both open; one more, due before it, open too.
		Health open = this.formula.score(commitments(Tier.CORE, 30, TODAY, 2, 0, 3, 1, 0, List.of(), 0, null));
		assertThat(explanation(open, HealthComponent.RELIABILITY))
			.isEqualTo("0 of 2 commitments due in the last 12 months were kept on time; 2 of them are still open "
					+ "past their day; 1 older commitment is still open past its day.");

		// Kept early: it counts once its day comes, not before.
		Health early = this.formula.score(commitments(Tier.CORE, 30, TODAY, 1, 1, 0, 0, 2, List.of(), 0, null));
		assertThat(explanation(early, HealthComponent.RELIABILITY))
			.isEqualTo("1 of 1 commitment due in the last 12 months was kept on time. 2 commitments kept ahead of "
					+ "their day count once the day comes.");
		assertThat(early.component(HealthComponent.RELIABILITY).orElseThrow().value()).isEqualTo(1.0);

		Health none = this.formula.score(commitments(Tier.CORE, 30, TODAY, 0, 0, 1, 1, 1, List.of(), 0, null));
		assertThat(none.notCounted()).extracting(NotCounted::name).contains(HealthComponent.RELIABILITY);
		assertThat(none.notCounted()).filteredOn((n) -> n.name() == HealthComponent.RELIABILITY)
			.singleElement()
			.satisfies((n) -> assertThat(n.explanation())
				.isEqualTo("No commitments fell due in the last 12 months, so reliability does not count yet; 1 older "
						+ "commitment is still open past its day. 1 commitment kept ahead of its day counts once the "
						+ "day comes."));
	}

	@Test
	void noAlertWhenAllIsWell() {
		HealthInputs inputs = inputs(Tier.CORE, 30, TODAY.minusDays(30), 1, 1, 0,
				List.of(stakeholder("Low", 3, Stance.DETRACTOR)), 0, null);
		assertThat(this.formula.alerts(inputs, this.formula.score(inputs))).isEmpty();
	}

	static HealthSettings settings() {
		return new HealthSettings(new HealthSettings.Weights(0.15, 0.30, 0.25, 0.20, 0.10),
				new HealthSettings.Bands(50, 70), Duration.ofDays(90), 3, 4, 10, 4, "0 15 2 * * *");
	}

	private static HealthInputs inputs(Tier tier, long cadence, LocalDate lastContact, int due, int kept, int overdue,
			List<HealthInputs.Stakeholder> stakeholders, int escalations, Double perception) {
		return commitments(tier, cadence, lastContact, due, kept, overdue, 0, 0, stakeholders, escalations, perception);
	}

	private static HealthInputs commitments(Tier tier, long cadence, LocalDate lastContact, int due, int kept,
			int overdue, int overdueOlder, int keptAhead, List<HealthInputs.Stakeholder> stakeholders, int escalations,
			Double perception) {
		return new HealthInputs(1, "Legal \u2013 Platform", tier, cadence, TODAY, TODAY.minusYears(1), lastContact, due,
				kept, overdue, overdueOlder, keptAhead, null, null, stakeholders, escalations, perception, null,
				Map.of());
	}

	private static HealthInputs.Stakeholder stakeholder(String name, int influence, Stance stance) {
		return new HealthInputs.Stakeholder(name, null, influence, stance);
	}

	private static String explanation(Health health, HealthComponent component) {
		return health.component(component).orElseThrow().explanation();
	}

}
