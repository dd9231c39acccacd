package org.rapport.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry a personal API token as
 * {@code Authorization: Bearer}. Tokens are looked up by their SHA-256 hash; the secret
 * itself is never stored.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final Clock clock;

	ApiTokenFilter(JdbcClient jdbc, AccountRepository accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String token = header.substring(7).strip();
		LocalDateTime now = LocalDateTime.now(this.clock);
		Optional<Account> account = this.jdbc.sql("""
				select id, account_id from accounts_api_token
				where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > :now)
				""")
			.param("hash", AccountManagement.hash(token))
			.param("now", now)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional()
			.flatMap((ids) -> {
				// Outside the request's transaction, and at most once a minute, so that a
				// burst of calls with one token does not queue on the token's row.
				this.jdbc
					.sql("update accounts_api_token set last_used_at = :at where id = :id "
							+ "and (last_used_at is null or last_used_at < :stale)")
					.param("at", now)
					.param("stale", now.minusMinutes(1))
					.param("id", ids[0])
					.update();
				return this.accounts.findById(ids[1]);
			})
			.filter(Account::isEnabled);
		if (account.isEmpty()) {
			SecurityConfiguration.problem(response, HttpStatus.UNAUTHORIZED,
					"The API token is not valid, has expired or was revoked", true);
			return;
		}
		RapportUser user = AccountUserDetailsService.user(account.get());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		chain.doFilter(request, response);
	}

}
