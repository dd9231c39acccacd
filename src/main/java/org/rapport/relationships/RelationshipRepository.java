package org.rapport.relationships;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface RelationshipRepository extends ListCrudRepository<Relationship, Long> {

	Optional<Relationship> findByItGroupIdAndCounterpartId(Long itGroupId, Long counterpartId);

}
