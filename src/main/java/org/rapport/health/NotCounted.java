package org.rapport.health;

/**
 * A component that does not count in a score yet, for lack of evidence; its configured
 * weight is spread over the components that count.
 *
 * @param name which component
 * @param configuredWeight the weight it would have, as configured
 * @param explanation one sentence that says why it does not count
 */
public record NotCounted(HealthComponent name, double configuredWeight, String explanation) {
}
