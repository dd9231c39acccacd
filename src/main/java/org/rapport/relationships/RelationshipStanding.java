package org.rapport.relationships;

/**
 * Where a relationship stands by the measure of the module that scores it: for lists that
 * show each relationship with its health.
 *
 * @param score the score from 0 to 100, {@code null} while there is nothing to score
 * @param band the band the score falls in, by name ({@code NEW} while nothing is
 * recorded)
 */
public record RelationshipStanding(Integer score, String band) {
}
