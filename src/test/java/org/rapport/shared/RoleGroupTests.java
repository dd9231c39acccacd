package org.rapport.shared;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.accounts.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class RoleGroupTests {

	@Test
	void namesOnlyRolesThatExist() {
		for (RoleGroup group : RoleGroup.values()) {
			Arrays.stream(group.roles())
				.forEach((role) -> assertThatCode(() -> Role.valueOf(role)).as(group + " names " + role)
					.doesNotThrowAnyException());
		}
	}

	@Test
	void theHeadOfRelationshipManagementSteersButDoesNotAssignTheChain() {
		List<String> head = List.of("ROLE_RELATIONSHIP_MANAGER");

		assertThat(RoleGroup.PORTFOLIO.includes(head)).isTrue();
		assertThat(RoleGroup.OVERSIGHT.includes(head)).isTrue();
		assertThat(RoleGroup.LEADERSHIP.includes(head)).isFalse();
	}

	@Test
	void anItLeaderOverseesWithoutSteering() {
		var leader = new UsernamePasswordAuthenticationToken("lead", null,
				AuthorityUtils.createAuthorityList("ROLE_IT_LEADER"));

		assertThat(RoleGroup.OVERSIGHT.includes(leader)).isTrue();
		assertThat(RoleGroup.PORTFOLIO.includes(leader)).isFalse();
		assertThat(RoleGroup.PORTFOLIO.includes((org.springframework.security.core.Authentication) null)).isFalse();
	}

}
