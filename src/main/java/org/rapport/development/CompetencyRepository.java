package org.rapport.development;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CompetencyRepository extends ListCrudRepository<Competency, Long> {

	Optional<Competency> findByKey(String key);

	List<Competency> findAllByOrderByPosition();

	@Query("select coalesce(max(position), 0) from development_competency")
	int lastPosition();

}
