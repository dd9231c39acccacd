package org.rapport.directory;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

	Optional<Person> findByEmployeeId(String employeeId);

	Optional<Person> findByEmailKey(String emailKey);

}
