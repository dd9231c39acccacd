package org.rapport.relationships;

/**
 * A relationship got an owner, when it was established or reassigned.
 *
 * @param relationshipId the relationship
 * @param ownerId the new owner
 * @param previousOwnerId the owner before, {@code null} for a new relationship
 */
public record RelationshipOwnerAssigned(long relationshipId, long ownerId, Long previousOwnerId) {
}
