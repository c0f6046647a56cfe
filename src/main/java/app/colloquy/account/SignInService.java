package app.colloquy.account;

import app.colloquy.platform.AttemptThrottle;
import app.colloquy.platform.SecretTokens;
import app.colloquy.platform.TooManyAttemptsException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides a sign-in: the login name is normalised once, for the throttle and the look-up alike;
 * each attempt is reserved against the throttles before its password is checked. A browser where
 * the account signed in before (a trusted device) is not held up by failures made elsewhere, so
 * guessing someone's password slows the guesser, not the owner (docs/decisions/0007-throttling.md).
 */
@Service
public class SignInService {

    /** Failed passwords a trusted browser may make before it is trusted no more. */
    static final int TRUSTED_DEVICE_FAILURES = 5;

    static final Duration TRUSTED_DEVICE_LIFETIME = Duration.ofDays(180);

    /** A sign-in that did not succeed; always the same message, so it never says whether an account exists. */
    public static final class SignInFailedException extends RuntimeException {
        SignInFailedException() {
            super("Incorrect login name or password");
        }
    }

    private final AccountRepository accounts;
    private final SchoolSignInRepository schools;
    private final TrustedDeviceRepository devices;
    private final AttemptThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String unknownAccountHash;
    private final MeterRegistry meters;

    SignInService(
            AccountRepository accounts,
            SchoolSignInRepository schools,
            TrustedDeviceRepository devices,
            AttemptThrottle throttle,
            PasswordEncoder passwordEncoder,
            Clock clock,
            MeterRegistry meters) {
        this.meters = meters;
        this.accounts = accounts;
        this.schools = schools;
        this.devices = devices;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        // Checked for unknown login names, so they take as long as known ones.
        this.unknownAccountHash = Objects.requireNonNull(passwordEncoder.encode("no account has this password"));
    }

    /**
     * Signs in with a login name and password from {@code address}; {@code deviceToken} is the
     * token of the browser's device cookie, or null. Throws {@link SignInFailedException} or
     * {@link TooManyAttemptsException}; attempts are committed as they are counted.
     */
    public SignedInUser signIn(
            @Nullable String loginName, @Nullable String password, String address, @Nullable String deviceToken) {
        try {
            SignedInUser user = checkSignIn(loginName, password, address, deviceToken);
            count("succeeded");
            return user;
        } catch (SignInFailedException failed) {
            count("failed");
            throw failed;
        } catch (TooManyAttemptsException paused) {
            count("paused");
            throw paused;
        }
    }

    private void count(String outcome) {
        meters.counter("colloquy.sign.ins", "outcome", outcome).increment();
    }

    private SignedInUser checkSignIn(
            @Nullable String loginName, @Nullable String password, String address, @Nullable String deviceToken) {
        String login = AccountRules.normalisedLoginName(loginName).orElseThrow(SignInFailedException::new);
        Optional<AccountRepository.Credentials> account = accounts.findCredentials(login);
        boolean trusted = account.isPresent()
                && deviceToken != null
                && devices.reserveAttempt(
                        SecretTokens.hash(deviceToken), account.get().id(), TRUSTED_DEVICE_FAILURES, clock.instant());
        if (!trusted) {
            reserveUntrusted(login, address);
        }
        String hash = account.map(AccountRepository.Credentials::passwordHash).orElse(unknownAccountHash);
        if (password == null || !passwordEncoder.matches(password, hash) || account.isEmpty()) {
            throw new SignInFailedException();
        }
        // Once schools sign in through their provider, only admins keep a password (so the
        // instance cannot be locked out).
        if (!account.get().admin() && !schools.passwordsEnabled()) {
            throw new SignInFailedException();
        }
        if (!trusted) {
            throttle.clear(AttemptThrottle.Kind.SIGN_IN_LOGIN, login);
            throttle.giveBack(AttemptThrottle.Kind.SIGN_IN_ADDRESS, address);
        }
        return account.get().principal();
    }

    /**
     * Trusts this browser for the account that just signed in; returns the token its cookie keeps
     * (the one it had, or a new one). Only the token's hash is stored.
     */
    @Transactional
    public String trustDevice(SignedInUser user, @Nullable String currentToken) {
        String token = currentToken != null && currentToken.length() == 43 ? currentToken : SecretTokens.random();
        devices.trust(SecretTokens.hash(token), user.accountId(), clock.instant());
        devices.forgetUnusedSince(user.accountId(), clock.instant().minus(TRUSTED_DEVICE_LIFETIME));
        return token;
    }

    /** False once the account's password changed after this principal signed in (or it is gone). */
    @Transactional(readOnly = true)
    public boolean isCurrent(SignedInUser user) {
        return accounts.credentialVersion(user.accountId())
                .map(v -> v == user.credentialVersion())
                .orElse(false);
    }

    private void reserveUntrusted(String login, String address) {
        throttle.reserve(AttemptThrottle.Kind.SIGN_IN_ADDRESS, address);
        try {
            throttle.reserve(AttemptThrottle.Kind.SIGN_IN_LOGIN, login);
        } catch (TooManyAttemptsException paused) {
            throttle.giveBack(AttemptThrottle.Kind.SIGN_IN_ADDRESS, address);
            throw paused;
        }
    }
}
