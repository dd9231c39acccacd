package org.rapport.recognition;

import org.springframework.data.repository.ListCrudRepository;

interface KudosRepository extends ListCrudRepository<Kudos, Long> {

}
