package org.rapport.directory;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface OrgUnitRepository extends ListCrudRepository<OrgUnit, Long> {

	Optional<OrgUnit> findByNameKey(String nameKey);

}
