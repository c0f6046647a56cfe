package app.colloquy.account;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Temporary passwords a teacher reads out or writes on the board: no look-alike characters. */
@Component
class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private final SecureRandom random = new SecureRandom();

    /** Three groups of four, e.g. "kf7m-qa2p-xr9d": 60 bits, well above the password minimum. */
    String next() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
