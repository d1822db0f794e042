package org.missionplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The Password4j-based encoder against Spring Security's Bouncy Castle one (test scope only): the
 * same hashes, read and written both ways, so the {@code {argon2}} hashes already stored keep
 * verifying.
 */
class Argon2idPasswordEncoderTests {

    /** The parameters SecurityConfiguration configures. */
    private final Argon2idPasswordEncoder encoder = new Argon2idPasswordEncoder(16, 32, 1, 19 * 1024, 2);

    private final Argon2PasswordEncoder spring = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

    /** Written by Spring Security's Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2), as stored in the database. */
    private static final String STORED_BY_SPRING =
            "{argon2}$argon2id$v=19$m=19456,t=2,p=1$g92AmsUOvoBW2Le+8Ycfog$23dq1aUxdrDqoaaH+f5PA1jOrrkLX3hqX9Emm9LQ35c";

    private static final String STORED_PASSWORD = "Monrovia-harbour-2003";

    @Test
    void verifiesAHashSpringSecurityStored() {
        PasswordEncoder configured = new SecurityConfiguration().passwordEncoder();
        assertThat(spring.matches(STORED_PASSWORD, STORED_BY_SPRING.substring("{argon2}".length())))
                .isTrue();
        assertThat(configured.matches(STORED_PASSWORD, STORED_BY_SPRING)).isTrue();
        assertThat(configured.matches(STORED_PASSWORD + "!", STORED_BY_SPRING)).isFalse();
        assertThat(configured.upgradeEncoding(STORED_BY_SPRING)).isFalse();
    }

    @Test
    void theConfiguredEncoderWritesArgon2idWithTodaysParametersUnderTheArgon2Id() {
        String hash = new SecurityConfiguration().passwordEncoder().encode("blue heron over Monrovia harbour");
        assertThat(hash)
                .matches("\\{argon2}\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(spring.matches("blue heron over Monrovia harbour", hash.substring("{argon2}".length())))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"blue heron over Monrovia harbour", "pässwörd ÉÉÉ ✓ 🌍 mot de passe", "x"})
    void aHashSpringWritesVerifiesHereAndAWrongPasswordFails(String password) {
        String hash = spring.encode(password);
        assertThat(encoder.matches(password, hash)).isTrue();
        assertThat(encoder.matches(password + " ", hash)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"blue heron over Monrovia harbour", "pässwörd ÉÉÉ ✓ 🌍 mot de passe", "x"})
    void aHashWrittenHereVerifiesWithSpringAndAWrongPasswordFails(String password) {
        String hash = encoder.encode(password);
        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(spring.matches(password, hash)).isTrue();
        assertThat(spring.matches(password + " ", hash)).isFalse();
        assertThat(encoder.matches(password, hash)).isTrue();
        assertThat(encoder.matches(password + " ", hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(encoder.encode("same password")).isNotEqualTo(encoder.encode("same password"));
    }

    @Test
    void tellsApartLongPasswordsThatDifferOnlyAfter72Bytes() {
        String prefix = "x".repeat(100);
        String hash = encoder.encode(prefix + "-one");
        assertThat(encoder.matches(prefix + "-one", hash)).isTrue();
        assertThat(encoder.matches(prefix + "-two", hash)).isFalse();
        assertThat(spring.matches(prefix + "-two", hash)).isFalse();
    }

    /** Other variants, versions, lane counts and lengths, written by Bouncy Castle directly. */
    @ParameterizedTest
    @CsvSource({
        "argon2id, 19, 64, 3, 1, 32",
        "argon2id, 19, 64, 1, 2, 32",
        "argon2id, 19, 256, 2, 4, 24",
        "argon2i, 19, 64, 2, 1, 32",
        "argon2d, 19, 64, 2, 1, 32",
        "argon2id, 16, 64, 2, 1, 32",
        "argon2i, 16, 32, 3, 2, 16",
        "argon2id, 19, 7, 1, 1, 4"
    })
    void verifiesWhatBouncyCastleComputesForOtherParameters(
            String type, int version, int memory, int iterations, int lanes, int length) {
        String password = "correct horse battery staple";
        String hash = bouncyCastle(type, version, memory, iterations, lanes, length, password);
        assertThat(spring.matches(password, hash)).isTrue();
        assertThat(encoder.matches(password, hash)).isTrue();
        assertThat(encoder.matches("correct horse battery stapler", hash)).isFalse();
    }

    @Test
    void asksForAnUpgradeWhenAStoredHashIsWeakerThanConfigured() {
        String weaker = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_2().encode("password"); // m=4096,t=3
        String fewerIterations = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 1).encode("password");
        String stronger = new Argon2PasswordEncoder(16, 32, 2, 32 * 1024, 3).encode("password");
        for (String hash : new String[] {weaker, fewerIterations, stronger, spring.encode("password")}) {
            assertThat(encoder.upgradeEncoding(hash)).as(hash).isEqualTo(spring.upgradeEncoding(hash));
        }
        assertThat(encoder.upgradeEncoding(weaker)).isTrue();
        assertThat(encoder.upgradeEncoding(fewerIterations)).isTrue();
        assertThat(encoder.upgradeEncoding(stronger)).isFalse();
        assertThat(encoder.matches("password", weaker)).isTrue();
    }

    @Test
    void noPasswordOrNoHashNeverMatches() {
        String hash = encoder.encode("password");
        assertThat(encoder.matches(null, hash)).isFalse();
        assertThat(encoder.matches("", hash)).isFalse();
        assertThat(encoder.matches("password", null)).isFalse();
        assertThat(encoder.matches("password", "")).isFalse();
        assertThat(encoder.encode(null)).isNull();
        assertThat(encoder.upgradeEncoding(null)).isFalse();
        assertThat(encoder.upgradeEncoding("")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not-a-hash",
                "$argon2id$v=19$m=19456,t=2$c2FsdHNhbHQ$aGFzaGhhc2g",
                "$argon2x$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
                "$argon2id$v=19$x=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
                "$argon2id$v=19$m=19456,t=2,p=1$not base64!$aGFzaGhhc2g",
                "$argon2id$v=19$m=lots,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"
            })
    void aMalformedHashDoesNotMatchAsWithSpring(String malformed) {
        assertThat(spring.matches("password", malformed)).isFalse();
        assertThat(encoder.matches("password", malformed)).isFalse();
    }

    @Test
    void refusesWhatBouncyCastleRefuses() {
        String noLanes = "$argon2id$v=19$m=64,t=2,p=0$c2FsdHNhbHQ$aGFzaGhhc2g";
        String noIterations = "$argon2id$v=19$m=64,t=0,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";
        String shortHash = "$argon2id$v=19$m=64,t=2,p=1$c2FsdHNhbHQ$aGE";
        String unknownVersion = "$argon2id$v=18$m=64,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";
        for (String hash : new String[] {noLanes, noIterations, shortHash}) {
            assertThatThrownBy(() -> spring.matches("password", hash)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> encoder.matches("password", hash)).isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> spring.matches("password", unknownVersion))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> encoder.matches("password", unknownVersion))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static String bouncyCastle(
            String type, int version, int memory, int iterations, int lanes, int length, String password) {
        int bcType = switch (type) {
            case "argon2d" -> Argon2Parameters.ARGON2_d;
            case "argon2i" -> Argon2Parameters.ARGON2_i;
            default -> Argon2Parameters.ARGON2_id;
        };
        byte[] salt = "sixteen-byte-slt".getBytes(StandardCharsets.US_ASCII);
        var parameters = new Argon2Parameters.Builder(bcType)
                .withVersion(version)
                .withSalt(salt)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(lanes)
                .build();
        var generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] hash = new byte[length];
        generator.generateBytes(password.toCharArray(), hash);
        var base64 = Base64.getEncoder().withoutPadding();
        return "$" + type + "$v=" + version + "$m=" + memory + ",t=" + iterations + ",p=" + lanes + "$"
                + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }
}
