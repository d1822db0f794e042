package org.missionplanner.security;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.crypto.keygen.BytesKeyGenerator;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;

/**
 * Argon2 password hashing with the pure-Java Argon2 of Password4j, a drop-in for Spring Security's
 * {@code Argon2PasswordEncoder} (which needs the 8.5 MB Bouncy Castle provider): same constructor
 * arguments, same encoded form, the PHC string {@code $argon2id$v=19$m=<KiB>,t=<iterations>,p=<lanes>$<salt>$<hash>}
 * with unpadded standard Base64, read and written the way Spring Security's {@code
 * Argon2EncodingUtils} does, and the same password bytes (UTF-8). Hashes written by either encoder
 * verify with the other; {@code Argon2idPasswordEncoderTests} holds them side by side. Like Spring's
 * encoder it verifies argon2d, argon2i and argon2id hashes, writes argon2id, and asks for an
 * upgrade when a stored hash used less memory or fewer iterations than configured.
 */
final class Argon2idPasswordEncoder extends AbstractValidatingPasswordEncoder {

    private static final int VERSION_10 = 0x10;

    private static final int VERSION_13 = 0x13;

    private static final int MAX_LANES = (1 << 24) - 1;

    private static final Base64.Encoder BASE64_ENCODER = Base64.getEncoder().withoutPadding();

    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();

    private final Log logger = LogFactory.getLog(getClass());

    private final int hashLength;

    private final int parallelism;

    private final int memory;

    private final int iterations;

    private final BytesKeyGenerator saltGenerator;

    /**
     * @param memory in KiB
     * @see org.springframework.security.crypto.argon2.Argon2PasswordEncoder#Argon2PasswordEncoder(int, int, int, int, int)
     */
    Argon2idPasswordEncoder(int saltLength, int hashLength, int parallelism, int memory, int iterations) {
        this.hashLength = hashLength;
        this.parallelism = parallelism;
        this.memory = memory;
        this.iterations = iterations;
        this.saltGenerator = KeyGenerators.secureRandom(saltLength);
    }

    @Override
    protected String encodeNonNullPassword(String rawPassword) {
        var parameters = new Parameters(Argon2.ID, VERSION_13, memory, iterations, parallelism);
        byte[] salt = saltGenerator.generateKey();
        return encode(parameters, salt, hash(rawPassword, parameters, salt, hashLength));
    }

    @Override
    protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
        Decoded decoded;
        try {
            decoded = decode(encodedPassword);
        } catch (IllegalArgumentException ex) {
            logger.warn("Malformed password hash", ex);
            return false;
        }
        byte[] actual = hash(rawPassword, decoded.parameters(), decoded.salt(), decoded.hash().length);
        return MessageDigest.isEqual(decoded.hash(), actual);
    }

    @Override
    protected boolean upgradeEncodingNonNull(String encodedPassword) {
        Parameters parameters = decode(encodedPassword).parameters();
        return parameters.memory() < memory || parameters.iterations() < iterations;
    }

    private static byte[] hash(String rawPassword, Parameters parameters, byte[] salt, int length) {
        // what Bouncy Castle's Argon2BytesGenerator refuses, refused before Password4j allocates
        if (parameters.version() != VERSION_10 && parameters.version() != VERSION_13) {
            throw new UnsupportedOperationException("unknown Argon2 version");
        }
        if (parameters.lanes() < 1) {
            throw new IllegalStateException("lanes must be at least 1");
        }
        if (parameters.lanes() > MAX_LANES) {
            throw new IllegalStateException("lanes must be at most " + MAX_LANES);
        }
        if (parameters.iterations() < 1) {
            throw new IllegalStateException("iterations is less than: 1");
        }
        if (length < 4) {
            throw new IllegalStateException("output length less than 4");
        }
        byte[] password = utf8(rawPassword);
        try {
            return Argon2Function.getInstance(
                            parameters.memory(),
                            parameters.iterations(),
                            parameters.lanes(),
                            length,
                            parameters.type(),
                            parameters.version())
                    .hash(password, salt)
                    .getBytes();
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    /** Strict UTF-8, as Bouncy Castle's: an unpaired surrogate is an error, not a '?'. */
    private static byte[] utf8(String rawPassword) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(rawPassword));
            byte[] result = new byte[bytes.remaining()];
            bytes.get(result);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
            return result;
        } catch (CharacterCodingException ex) {
            throw new IllegalStateException("invalid UTF-16 codepoint", ex);
        }
    }

    /** As Spring Security's {@code Argon2EncodingUtils.encode}. */
    private static String encode(Parameters parameters, byte[] salt, byte[] hash) {
        return "$argon2" + parameters.type().name().toLowerCase(Locale.ROOT)
                + "$v=" + parameters.version()
                + "$m=" + parameters.memory() + ",t=" + parameters.iterations() + ",p=" + parameters.lanes()
                + "$" + BASE64_ENCODER.encodeToString(salt)
                + "$" + BASE64_ENCODER.encodeToString(hash);
    }

    /** As Spring Security's {@code Argon2EncodingUtils.decode}: the same parts, checks and exceptions. */
    private static Decoded decode(String encodedHash) {
        String[] parts = encodedHash.split("\\$");
        if (parts.length < 4) {
            throw new IllegalArgumentException("Invalid encoded Argon2-hash");
        }
        int currentPart = 1;
        Argon2 type = switch (parts[currentPart++]) {
            case "argon2d" -> Argon2.D;
            case "argon2i" -> Argon2.I;
            case "argon2id" -> Argon2.ID;
            default -> throw new IllegalArgumentException("Invalid algorithm type: " + parts[1]);
        };
        int version = VERSION_13;
        if (parts[currentPart].startsWith("v=")) {
            version = Integer.parseInt(parts[currentPart].substring(2));
            currentPart++;
        }
        String[] performanceParams = parts[currentPart++].split(",");
        if (performanceParams.length != 3) {
            throw new IllegalArgumentException("Amount of performance parameters invalid");
        }
        if (!performanceParams[0].startsWith("m=")) {
            throw new IllegalArgumentException("Invalid memory parameter");
        }
        int memory = Integer.parseInt(performanceParams[0].substring(2));
        if (!performanceParams[1].startsWith("t=")) {
            throw new IllegalArgumentException("Invalid iterations parameter");
        }
        int iterations = Integer.parseInt(performanceParams[1].substring(2));
        if (!performanceParams[2].startsWith("p=")) {
            throw new IllegalArgumentException("Invalid parallelity parameter");
        }
        int lanes = Integer.parseInt(performanceParams[2].substring(2));
        byte[] salt = BASE64_DECODER.decode(parts[currentPart++]);
        byte[] hash = BASE64_DECODER.decode(parts[currentPart]);
        return new Decoded(new Parameters(type, version, memory, iterations, lanes), salt, hash);
    }

    private record Parameters(Argon2 type, int version, int memory, int iterations, int lanes) {}

    private record Decoded(Parameters parameters, byte[] salt, byte[] hash) {}
}
