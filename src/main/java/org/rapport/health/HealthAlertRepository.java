package org.rapport.health;

import org.springframework.data.repository.ListCrudRepository;

interface HealthAlertRepository extends ListCrudRepository<HealthAlert, Long> {

}
