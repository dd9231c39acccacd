package org.rapport.accounts;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsernameKey(String usernameKey);

	default Optional<Account> findByUsername(String username) {
		return findByUsernameKey(Account.key(username));
	}

	Optional<Account> findByPersonId(Long personId);

}
