package org.rapport.relationships;

import org.springframework.data.repository.ListCrudRepository;

interface RelationshipRepository extends ListCrudRepository<Relationship, Long> {

	boolean existsByItGroupIdAndCounterpartId(Long itGroupId, Long counterpartId);

}
