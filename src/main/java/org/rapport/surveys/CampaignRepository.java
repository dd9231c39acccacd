package org.rapport.surveys;

import org.springframework.data.repository.ListCrudRepository;

interface CampaignRepository extends ListCrudRepository<Campaign, Long> {

}
