package org.rapport.health;

/**
 * One component of a health score.
 *
 * @param name which component
 * @param weight how much it counts; the weights of the components that count sum to 1
 * @param value how well the relationship does on it, from 0 to 1
 * @param explanation one sentence that says why
 */
public record ComponentScore(HealthComponent name, double weight, double value, String explanation) {
}
