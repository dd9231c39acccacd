package org.rapport.relationships;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface RelationshipRepository extends ListCrudRepository<Relationship, Long> {

	boolean existsByItGroupIdAndCounterpartId(Long itGroupId, Long counterpartId);

}
