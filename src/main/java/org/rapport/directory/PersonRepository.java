package org.rapport.directory;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface PersonRepository extends ListCrudRepository<Person, Long> {

	Optional<Person> findByEmployeeId(String employeeId);

	Optional<Person> findByEmailKey(String emailKey);

}
