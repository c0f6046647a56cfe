package app.colloquy.account;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored as Argon2 hashes (memory-hard, and unlike bcrypt no 72-byte limit, so long
 * passphrases count in full) behind Spring's delegating encoder: each hash names its algorithm,
 * so older hashes still verify and a stronger one can be adopted later.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    private static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                ARGON2, Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}
