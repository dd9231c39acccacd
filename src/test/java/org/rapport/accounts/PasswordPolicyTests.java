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
		assertRefused("maria", "xxMaRiA-2024", "error.password.username");
		// Names of one or two characters occur in too many honest passwords to refuse.
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("password", "al", "tulip-harbour-al"));
	}

	@Test
	void refusesOneRepeatedCharacterAndOnlyWhiteSpace() {
		assertRefused("maria", "aaaaaaaaaa", "error.password.repeated");
		assertRefused("maria", "          ", "error.password.blank");
		assertRefused("maria", "\t\t\t\t\t\t\t\t", "error.password.blank");
	}

	@Test
	void refusesShortAndOverlongPasswordsFirst() {
		assertRefused("maria", "short", "error.password.length");
		assertRefused("maria", "x".repeat(100) + "y".repeat(101), "error.password.length");
	}

	@Test
	void refusesTheCommonPasswordsOfTheShippedListInAnyCaseAndWithAFewCharactersAdded() {
		for (String common : new String[] { "password", "12345678", "qwertyuiop", "iloveyou", "sunshine", "football",
				"baseball", "trustno1", "starwars", "PASSWORD1", "Welcome1", "letmein1", "p@ssw0rd", "1q2w3e4r5t",
				"Summer2024" }) {
			assertThat(PasswordPolicy.isCommon(common)).as(common).isTrue();
		}
		assertRefused("maria", "Sunshine99!", "error.password.common");
		assertRefused("maria", "letmein!", "error.password.common");
		// More than a few characters added make it another password.
		assertThat(PasswordPolicy.isCommon("sunshine-on-the-hill")).isFalse();
		assertThat(PasswordPolicy.isCommon("password-12345678")).isFalse();
	}

	@Test
	void shipsSeveralThousandCommonPasswords() {
		assertThat(PasswordPolicy.commonCount()).isGreaterThan(3000);
	}

	private static void assertRefused(String username, String password, String code) {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PasswordPolicy.check("newPassword", username, password))
			.satisfies((ex) -> {
				assertThat(ex.getField()).isEqualTo("newPassword");
				assertThat(ex.getCode()).isEqualTo(code);
			});
	}

}
