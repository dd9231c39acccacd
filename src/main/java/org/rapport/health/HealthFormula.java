package org.rapport.health;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.insight.Thresholds;
import org.rapport.relationships.Stance;
import org.rapport.shared.MessageArguments;

/**
 * The health formula, as {@code docs/health.md} describes it. Each component has a value
 * from 0 to 1; components without evidence do not count and their weight is spread over
 * the others in proportion; the score is 100 times the sum of weight times value,
 * rounded.
 */
class HealthFormula {

	private final HealthSettings settings;

	private final Thresholds thresholds;

	HealthFormula(HealthSettings settings) {
		this(settings, new Thresholds(90, 50));
	}

	HealthFormula(HealthSettings settings, Thresholds thresholds) {
		this.settings = settings;
		this.thresholds = thresholds;
	}

	/**
	 * Whether IT is technically green for the counterpart and perceived red by the
	 * relationship's partners, by the thresholds of the perception gap.
	 */
	boolean perceptionGap(HealthInputs inputs) {
		return inputs.service() != null && inputs.perception() != null
				&& inputs.service().slaMetPercent() >= this.thresholds.technicalGreen()
				&& 100 * inputs.perception() < this.thresholds.perceivedGreen();
	}

	Health score(HealthInputs inputs) {
		Map<HealthComponent, Double> values = new EnumMap<>(HealthComponent.class);
		Map<HealthComponent, String> explanations = new EnumMap<>(HealthComponent.class);
		perception(inputs, values, explanations);
		if (perceptionGap(inputs)) {
			explanations.put(HealthComponent.PERCEPTION, explanations.get(HealthComponent.PERCEPTION)
					+ " Meanwhile %.1f %% of the %d incidents %s raised in the last %d days were resolved within their SLA: the gap is in the relationship, not the service."
						.formatted(inputs.service().slaMetPercent(), inputs.service().incidents(),
								inputs.service().unitName(), HealthInputsReader.SERVICE_DAYS));
		}
		if (inputs.perception() != null && inputs.partnersSaid() != null) {
			explanations.put(HealthComponent.PERCEPTION,
					explanations.get(HealthComponent.PERCEPTION) + " Partners said: " + inputs.partnersSaid());
		}
		engagement(inputs, values, explanations);
		reliability(inputs, values, explanations);
		stance(inputs, values, explanations);
		escalations(inputs, values, explanations);

		Map<HealthComponent, Double> configured = this.settings.weights().asMap();
		double countedWeight = values.keySet().stream().mapToDouble(configured::get).sum();
		List<ComponentScore> components = new ArrayList<>();
		List<NotCounted> notCounted = new ArrayList<>();
		double sum = 0;
		for (HealthComponent component : HealthComponent.values()) {
			Double value = values.get(component);
			if (value == null) {
				notCounted.add(new NotCounted(component, configured.get(component), explanations.get(component)));
			}
			else if (configured.get(component) > 0) {
				double weight = configured.get(component) / countedWeight;
				components.add(new ComponentScore(component, weight, value, explanations.get(component)));
				sum += weight * value;
			}
		}
		int score = (int) Math.round(100 * sum);
		Band band = isNew(inputs) ? Band.NEW : this.settings.bands().of(score);
		return new Health(inputs.relationshipId(), score, band, inputs.asOf(), List.copyOf(components),
				List.copyOf(notCounted), List.of());
	}

	/**
	 * Whether a relationship is new: within the cadence of its tier since it was
	 * established, with nothing yet that its score could be made of. Its engagement and
	 * escalations would otherwise give it full marks it has not earned.
	 */
	static boolean isNew(HealthInputs inputs) {
		return inputs.lastContactOn() == null && inputs.stakeholders().isEmpty() && inputs.commitmentsDue() == 0
				&& inputs.overdue() == 0 && inputs.escalations() == 0 && inputs.perception() == null
				&& daysSinceContact(inputs) <= inputs.cadenceDays();
	}

	List<RaisedAlert> alerts(HealthInputs inputs, Health health) {
		List<RaisedAlert> alerts = new ArrayList<>();
		long days = daysSinceContact(inputs);
		if (days > inputs.cadenceDays()) {
			// Touch was lost the day after the cadence ran out.
			LocalDate lost = inputs.asOf().minusDays(days - inputs.cadenceDays() - 1);
			inputs.stakeholders()
				.stream()
				.filter((stakeholder) -> stakeholder.stance() != Stance.DETRACTOR)
				.max((a, b) -> Integer.compare(a.influence(), b.influence()))
				.map(HealthInputs.Stakeholder::name)
				.ifPresentOrElse(
						(whom) -> alerts.add(new RaisedAlert(AlertType.LOSING_TOUCH, "health.alert.losingTouch",
								List.of(days, tier(inputs), inputs.cadenceDays(), whom), lost)),
						() -> alerts.add(new RaisedAlert(AlertType.LOSING_TOUCH, "health.alert.losingTouch.counterpart",
								List.of(days, tier(inputs), inputs.cadenceDays()), lost)));
		}
		if (inputs.overdue() > 0) {
			// Overdue since the day after the oldest open one was due.
			alerts.add(new RaisedAlert(AlertType.COMMITMENT_OVERDUE, "health.alert.commitmentOverdue",
					List.of(inputs.overdue(), inputs.oldestOverdue(), inputs.oldestOverdueDueOn()),
					(inputs.oldestOverdueDueOn() != null) ? inputs.oldestOverdueDueOn().plusDays(1) : null));
		}
		inputs.stakeholders()
			.stream()
			.filter((stakeholder) -> stakeholder.stance() == Stance.DETRACTOR
					&& stakeholder.influence() >= this.settings.detractorInfluence())
			.max((a, b) -> Integer.compare(a.influence(), b.influence()))
			.ifPresent((detractor) -> alerts.add((detractor.role() != null)
					? new RaisedAlert(AlertType.DETRACTOR, "health.alert.detractor",
							List.of(detractor.name(), detractor.role(), detractor.influence()))
					: new RaisedAlert(AlertType.DETRACTOR, "health.alert.detractor.noRole",
							List.of(detractor.name(), detractor.influence()))));
		if (perceptionGap(inputs)) {
			List<Object> arguments = new ArrayList<>(List.of(Math.round(inputs.service().slaMetPercent() * 10) / 10.0,
					inputs.service().incidents(), inputs.service().unitName(), HealthInputsReader.SERVICE_DAYS,
					Math.round(100 * inputs.perception())));
			if (inputs.partnersSaid() != null) {
				arguments.add(inputs.partnersSaid());
			}
			alerts.add(new RaisedAlert(AlertType.PERCEPTION_GAP,
					(inputs.partnersSaid() != null) ? "health.alert.perceptionGap.said" : "health.alert.perceptionGap",
					List.copyOf(arguments)));
		}
		if (inputs.scoreWeeksAgo() != null
				&& inputs.scoreWeeksAgo() - health.score() >= this.settings.fallingPoints()) {
			List<Object> arguments = new ArrayList<>(
					List.of(inputs.scoreWeeksAgo(), health.score(), this.settings.fallingWeeks()));
			List<HealthComponent> fell = fell(inputs.componentsWeeksAgo(), health);
			fell.forEach(
					(component) -> arguments.add(new MessageArguments.Code("health.component.inline." + component)));
			// One message for each number of components that fell, so that each language
			// can join their names its own way; the weeks kept before components were
			// cannot tell which fell.
			alerts.add(new RaisedAlert(AlertType.SCORE_FALLING,
					fell.isEmpty() ? "health.alert.scoreFalling" : "health.alert.scoreFalling." + fell.size(),
					List.copyOf(arguments)));
		}
		return alerts;
	}

	/**
	 * The components whose value is lower now than it was then, the one that cost the
	 * score the most points first: its fall times its weight now. A component that did
	 * not count then or does not count now cannot be said to have fallen.
	 */
	static List<HealthComponent> fell(Map<HealthComponent, Integer> then, Health now) {
		record Fall(HealthComponent component, double points) {
		}
		return now.components()
			.stream()
			.filter((component) -> then.containsKey(component.name())
					&& WeekComponents.percent(component.value()) < then.get(component.name()))
			.map((component) -> new Fall(component.name(),
					component.weight() * (then.get(component.name()) - WeekComponents.percent(component.value()))))
			.sorted(Comparator.comparingDouble(Fall::points)
				.reversed()
				.thenComparing((fall) -> fall.component().ordinal()))
			.map(Fall::component)
			.toList();
	}

	private static void perception(HealthInputs inputs, Map<HealthComponent, Double> values,
			Map<HealthComponent, String> explanations) {
		if (inputs.perception() == null) {
			explanations.put(HealthComponent.PERCEPTION,
					"No perception surveys yet, so its weight is spread over the other components.");
		}
		else {
			values.put(HealthComponent.PERCEPTION, clamp(inputs.perception()));
			explanations.put(HealthComponent.PERCEPTION, "Perception from the latest surveys is %d out of 100."
				.formatted(Math.round(100 * clamp(inputs.perception()))));
		}
	}

	private static void engagement(HealthInputs inputs, Map<HealthComponent, Double> values,
			Map<HealthComponent, String> explanations) {
		long days = daysSinceContact(inputs);
		long cadence = inputs.cadenceDays();
		// Full marks within the cadence, then a straight fall to nothing at twice the
		// cadence.
		double value = (days <= cadence) ? 1 : clamp(1 - (double) (days - cadence) / cadence);
		values.put(HealthComponent.ENGAGEMENT, value);
		String asked = "the %d days the %s tier asks for".formatted(cadence, tier(inputs));
		String explanation;
		if (inputs.lastContactOn() == null) {
			explanation = "No real contact logged since the relationship was established %s; %s.".formatted(ago(days),
					"contact is due within " + asked);
		}
		else if (days <= cadence) {
			explanation = "Last real contact %s, within %s.".formatted(ago(days), asked);
		}
		else {
			explanation = "Last real contact %s, %s past %s.".formatted(ago(days), plural(days - cadence, "day"),
					asked);
		}
		explanations.put(HealthComponent.ENGAGEMENT, explanation);
	}

	private static void reliability(HealthInputs inputs, Map<HealthComponent, Double> values,
			Map<HealthComponent, String> explanations) {
		// The figure counts commitments by the day they were due, so open ones due
		// earlier and ones kept ahead of a day still to come are told apart from it.
		int overdueInWindow = inputs.overdue() - inputs.overdueOlder();
		String explanation;
		if (inputs.commitmentsDue() == 0) {
			explanation = "No commitments fell due in the last 12 months, so reliability does not count yet";
		}
		else {
			values.put(HealthComponent.RELIABILITY, (double) inputs.keptOnTime() / inputs.commitmentsDue());
			explanation = "%d of %s due in the last 12 months %s kept on time".formatted(inputs.keptOnTime(),
					plural(inputs.commitmentsDue(), "commitment"), (inputs.commitmentsDue() == 1) ? "was" : "were");
			if (overdueInWindow > 0) {
				explanation += (overdueInWindow == 1) ? "; 1 of them is still open past its day"
						: "; %d of them are still open past their day".formatted(overdueInWindow);
			}
		}
		if (inputs.overdueOlder() > 0) {
			explanation += (inputs.overdueOlder() == 1) ? "; 1 older commitment is still open past its day"
					: "; %d older commitments are still open past their day".formatted(inputs.overdueOlder());
		}
		explanation += ".";
		if (inputs.keptAhead() > 0) {
			explanation += (inputs.keptAhead() == 1) ? " 1 commitment kept ahead of its day counts once the day comes."
					: " %d commitments kept ahead of their day count once the day comes.".formatted(inputs.keptAhead());
		}
		explanations.put(HealthComponent.RELIABILITY, explanation);
	}

	private static void stance(HealthInputs inputs, Map<HealthComponent, Double> values,
			Map<HealthComponent, String> explanations) {
		if (inputs.stakeholders().isEmpty()) {
			explanations.put(HealthComponent.STANCE,
					"No stakeholders recorded yet; add them so that where they stand counts.");
			return;
		}
		double weighted = 0;
		int influence = 0;
		Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
		for (HealthInputs.Stakeholder stakeholder : inputs.stakeholders()) {
			weighted += stakeholder.influence() * stanceValue(stakeholder.stance());
			influence += stakeholder.influence();
			counts.merge(stakeholder.stance(), 1, Integer::sum);
		}
		double value = weighted / influence;
		values.put(HealthComponent.STANCE, value);
		Stance nearest = Stance.values()[(int) Math.round((1 - value) * 4)];
		List<String> parts = new ArrayList<>();
		counts.forEach((stance, count) -> parts.add(plural(count, stance.name().toLowerCase(Locale.ROOT))));
		explanations.put(HealthComponent.STANCE,
				"Weighted by influence, the %s stand closest to %s: %s.".formatted(
						(inputs.stakeholders().size() == 1) ? "one stakeholder"
								: inputs.stakeholders().size() + " stakeholders",
						nearest.name().toLowerCase(Locale.ROOT), String.join(", ", parts)));
	}

	private void escalations(HealthInputs inputs, Map<HealthComponent, Double> values,
			Map<HealthComponent, String> explanations) {
		int count = inputs.escalations();
		values.put(HealthComponent.ESCALATIONS, clamp(1 - (double) count / this.settings.escalationsToZero()));
		long window = this.settings.escalationWindow().toDays();
		explanations.put(HealthComponent.ESCALATIONS,
				(count == 0) ? "No escalations in the last %d days.".formatted(window)
						: "%s in the last %d days; %d bring this component to 0.".formatted(plural(count, "escalation"),
								window, this.settings.escalationsToZero()));
	}

	/**
	 * Champion 1, supporter 0.75, neutral 0.5, sceptic 0.25, detractor 0.
	 */
	static double stanceValue(Stance stance) {
		return (Stance.values().length - 1 - stance.ordinal()) / (double) (Stance.values().length - 1);
	}

	private static long daysSinceContact(HealthInputs inputs) {
		return ChronoUnit.DAYS
			.between((inputs.lastContactOn() != null) ? inputs.lastContactOn() : inputs.establishedOn(), inputs.asOf());
	}

	private static String tier(HealthInputs inputs) {
		return inputs.tier().name().toLowerCase(Locale.ROOT);
	}

	private static String ago(long days) {
		return (days == 0) ? "today" : (days == 1) ? "yesterday" : days + " days ago";
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}

	/**
	 * An alert the formula raises.
	 *
	 * @param type what it is about
	 * @param code the message that says what is wrong and what to do; its first argument
	 * is the relationship's name, the others follow
	 * @param arguments the message's arguments after the relationship's name: numbers,
	 * text and days
	 * @param since the day the condition began, where the record tells it; {@code null}
	 * for the day it was first raised
	 */
	record RaisedAlert(AlertType type, String code, List<Object> arguments, LocalDate since) {

		RaisedAlert(AlertType type, String code, List<Object> arguments) {
			this(type, code, arguments, null);
		}

	}

}
