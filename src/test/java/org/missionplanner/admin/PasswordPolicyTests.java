package org.missionplanner.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.violations("blue heron over Monrovia harbour", "planner"))
                .isEmpty();
    }

    @Test
    void rejectsPasswordsShorterThanTwelveCharacters() {
        assertThat(policy.violations("Short-pw-11", "planner")).containsExactly("password.tooShort");
        assertThat(policy.violations("Twelve-chars", "planner")).isEmpty();
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.violations("ÉÉÉÉÉÉÉÉÉÉÉ", "planner")).containsExactly("password.tooShort");
    }

    @Test
    void acceptsUpTo128CharactersAndRejectsMore() {
        assertThat(policy.violations("a-b".repeat(42) + "xy", "planner")).isEmpty();
        assertThat(policy.violations("a-b".repeat(43), "planner")).contains("password.tooLong");
    }

    @Test
    void rejectsCommonPasswordsWhateverTheirCase() {
        assertThat(policy.violations("qwerty123456", "planner")).containsExactly("password.common");
        assertThat(policy.violations("QWERTY123456", "planner")).containsExactly("password.common");
    }

    @Test
    void shipsAListOfSeveralThousandCommonPasswords() {
        assertThat(policy.commonPasswordCount()).isGreaterThan(4000);
    }

    @Test
    void rejectsAPasswordContainingTheUserName() {
        assertThat(policy.violations("my-planner-password", "planner")).containsExactly("password.containsUsername");
    }

    @Test
    void theEncoderTellsApartLongPasswordsThatDifferOnlyAfter72Bytes() {
        var encoder = new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2)));
        String prefix = "x".repeat(100);
        String hash = encoder.encode(prefix + "-one");
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches(prefix + "-one", hash)).isTrue();
        assertThat(encoder.matches(prefix + "-two", hash)).isFalse();
    }
}
