package org.rapport.accounts;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A personal API token, without its secret.
 *
 * @param id the token's id
 * @param name what the owner calls it
 * @param prefix the first characters of the token, to recognise it
 * @param createdAt when it was created
 * @param lastUsedAt when it was last used, may be {@code null}
 * @param expiresOn the first day on which it no longer works, {@code null} when it does
 * not expire
 * @param expired whether it has expired
 */
public record ApiTokenSummary(long id, String name, String prefix, LocalDateTime createdAt, LocalDateTime lastUsedAt,
		LocalDate expiresOn, boolean expired) {
}
