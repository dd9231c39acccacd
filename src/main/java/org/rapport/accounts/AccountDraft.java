package org.rapport.accounts;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create an account.
 *
 * @param username the name used to sign in
 * @param password the initial password
 * @param personId the person the account belongs to, optional
 * @param roles at least one role
 */
public record AccountDraft(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
		@NotBlank @Size(min = 8, max = 200) String password, Long personId, @NotEmpty Set<Role> roles) {
}
