package org.rapport.accounts;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		return user(account);
	}

	static RapportUser user(Account account) {
		return new RapportUser(account.getId(), account.getPersonId(), account.getUsername(), account.getPasswordHash(),
				account.isEnabled(),
				account.getRoles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
	}

}
