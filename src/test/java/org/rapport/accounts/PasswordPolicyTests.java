package org.rapport.accounts;

import org.junit.jupiter.api.Test;
import org.rapport.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PasswordPolicyTests {

	@Test
	void acceptsALongUncommonPassword() {
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("password", "maria", "tulip-harbour-42"));
	}

	@Test
	void refusesPasswordsThatContainTheUserNameInAnyCase() {
		assertRefused("maria", "xxMaRiA-2024", "user name");
		// Names of one or two characters occur in too many honest passwords to refuse.
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("password", "al", "tulip-harbour-al"));
	}

	@Test
	void refusesOneRepeatedCharacterAndOnlyWhiteSpace() {
		assertRefused("maria", "aaaaaaaaaa", "repeated");
		assertRefused("maria", "          ", "spaces");
		assertRefused("maria", "\t\t\t\t\t\t\t\t", "spaces");
	}

	@Test
	void refusesShortAndOverlongPasswordsFirst() {
		assertRefused("maria", "short", "8 to 200");
		assertRefused("maria", "x".repeat(100) + "y".repeat(101), "8 to 200");
	}

	@Test
	void refusesTheCommonPasswordsOfTheShippedListInAnyCaseAndWithAFewCharactersAdded() {
		for (String common : new String[] { "password", "12345678", "qwertyuiop", "iloveyou", "sunshine", "football",
				"baseball", "trustno1", "starwars", "PASSWORD1", "Welcome1", "letmein1", "p@ssw0rd", "1q2w3e4r5t",
				"Summer2024" }) {
			assertThat(PasswordPolicy.isCommon(common)).as(common).isTrue();
		}
		assertRefused("maria", "Sunshine99!", "most common");
		assertRefused("maria", "letmein!", "most common");
		// More than a few characters added make it another password.
		assertThat(PasswordPolicy.isCommon("sunshine-on-the-hill")).isFalse();
		assertThat(PasswordPolicy.isCommon("password-12345678")).isFalse();
	}

	@Test
	void shipsSeveralThousandCommonPasswords() {
		assertThat(PasswordPolicy.commonCount()).isGreaterThan(3000);
	}

	private static void assertRefused(String username, String password, String reason) {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PasswordPolicy.check("newPassword", username, password))
			.satisfies((ex) -> {
				assertThat(ex.getField()).isEqualTo("newPassword");
				assertThat(ex.getMessage()).contains(reason);
			});
	}

}
