package app.colloquy.classroom;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Join codes students type from a projector: 8 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), random enough that guessing one is hopeless (31^8, about 8.5e11).
 */
@Component
class JoinCodeGenerator {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    private final SecureRandom random = new SecureRandom();

    /** Eight characters that could be a code (letters and digits; look-alikes are left to the look-up). */
    static boolean isWellFormed(String normalisedCode) {
        return normalisedCode.length() == LENGTH
                && normalisedCode.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }

    String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
