package org.rapport.development;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CourseRepository extends ListCrudRepository<Course, Long> {

	Optional<Course> findByTitleKey(String titleKey);

}
