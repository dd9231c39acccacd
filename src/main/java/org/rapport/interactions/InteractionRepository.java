package org.rapport.interactions;

import org.springframework.data.repository.ListCrudRepository;

interface InteractionRepository extends ListCrudRepository<Interaction, Long> {

}
