package app.colloquy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.platform.AttemptThrottle;
import app.colloquy.platform.TooManyAttemptsException;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-in as an attacker and as a school behind one address would try it: guessing slows the
 * guesser and never locks the owner out.
 */
@IntegrationTest
class SignInServiceTest {

    @Autowired
    SignInService signIns;

    @Autowired
    TestAccounts accounts;

    @Test
    void theRightPasswordSignsInWhateverTheCaseOfTheLoginName() {
        Account student = accounts.create("casey");

        SignedInUser user =
                signIns.signIn("  " + student.loginName().toUpperCase() + " ", TestAccounts.PASSWORD, address(), null);

        assertThat(user.accountId()).isEqualTo(student.id());
    }

    @Test
    void aLoginNameWithControlCharactersIsRefusedEvenAfterTheRealOneIsPaused() {
        Account student = accounts.create("ctrl");
        String attacker = address();
        pause(student.loginName(), attacker);

        for (String disguised : List.of(
                student.loginName() + "\u0001",
                student.loginName() + "\u001F",
                "\u0002" + student.loginName(),
                student.loginName() + "\u0000")) {
            assertThatThrownBy(() -> signIns.signIn(disguised, TestAccounts.PASSWORD, address(), null))
                    .as("%s", disguised.codePoints().boxed().toList())
                    .isInstanceOf(SignInService.SignInFailedException.class);
        }
    }

    @Test
    void parallelGuessesGetNoMorePasswordChecksThanTheFreeFailures() throws Exception {
        Account student = accounts.create("parallel");
        int guesses = 80;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < guesses; i++) {
                String guess = "wrong password " + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        signIns.signIn(
                                student.loginName(),
                                guess,
                                "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250),
                                null);
                        return "signed in";
                    } catch (SignInService.SignInFailedException checked) {
                        return "checked";
                    } catch (TooManyAttemptsException paused) {
                        return "paused";
                    }
                }));
            }
            start.countDown();
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }

        assertThat(results.stream().filter("checked"::equals).count())
                .isEqualTo(AttemptThrottle.Kind.SIGN_IN_LOGIN.freeFailures());
        assertThat(results).doesNotContain("signed in");
    }

    @Test
    void aClassSigningInAtOnceFromOneAddressIsNeverPaused() throws Exception {
        String school = address();
        List<Account> students =
                IntStream.range(0, 24).mapToObj(i -> accounts.create("pupil")).toList();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> signIns = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            for (Account student : students) {
                signIns.add(pool.submit(() -> {
                    start.await();
                    return this.signIns.signIn(student.loginName(), TestAccounts.PASSWORD, school, null);
                }));
            }
            start.countDown();
        }
        for (Future<?> signIn : signIns) {
            assertThat(signIn.get()).isInstanceOf(SignedInUser.class);
        }
    }

    @Test
    void anAttackerElsewhereSlowsGuessingButTheOwnerSignsInFromTheirOwnBrowser() {
        Account teacher = accounts.createTeacher("owner");
        String ownersToken =
                signIns.trustDevice(signIns.signIn(teacher.loginName(), TestAccounts.PASSWORD, address(), null), null);

        TooManyAttemptsException paused = pause(teacher.loginName(), address());

        assertThat(paused.waitTime()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15));
        assertThat(signIns.signIn(teacher.loginName(), TestAccounts.PASSWORD, address(), ownersToken)
                        .accountId())
                .as("from the browser they signed in with before")
                .isEqualTo(teacher.id());
        assertThatThrownBy(() -> signIns.signIn(teacher.loginName(), TestAccounts.PASSWORD, address(), null))
                .as("from a browser never used before, the owner waits like anyone")
                .isInstanceOf(TooManyAttemptsException.class);
        assertThatThrownBy(() -> signIns.signIn(teacher.loginName(), TestAccounts.PASSWORD, address(), "made-up-token"))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void aTrustedBrowserLosesItsTrustAfterItsOwnFailures() {
        Account student = accounts.create("shared-pc");
        String token =
                signIns.trustDevice(signIns.signIn(student.loginName(), TestAccounts.PASSWORD, address(), null), null);
        pause(student.loginName(), address());

        for (int i = 0; i < SignInService.TRUSTED_DEVICE_FAILURES; i++) {
            assertThatThrownBy(() -> signIns.signIn(student.loginName(), "a wrong guess", address(), token))
                    .isInstanceOf(SignInService.SignInFailedException.class);
        }

        assertThatThrownBy(() -> signIns.signIn(student.loginName(), TestAccounts.PASSWORD, address(), token))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void aSchoolBehindOneAddressIsNeverLockedOut() {
        String school = address();
        Account student = accounts.create("pupil");
        Account trusted = accounts.create("regular");
        String token =
                signIns.trustDevice(signIns.signIn(trusted.loginName(), TestAccounts.PASSWORD, school, null), null);
        for (int i = 0; i <= AttemptThrottle.Kind.SIGN_IN_ADDRESS.freeFailures(); i++) {
            signIns.signIn(student.loginName(), TestAccounts.PASSWORD, school, null);
        }
        assertThat(signIns.signIn(student.loginName(), TestAccounts.PASSWORD, school, null)
                        .accountId())
                .as("successful sign-ins from a shared address never count")
                .isEqualTo(student.id());

        int failures = AttemptThrottle.Kind.SIGN_IN_ADDRESS.freeFailures();
        for (int i = 0; i < failures; i++) {
            String someone = "nobody-" + i;
            assertThatThrownBy(() -> signIns.signIn(someone, "guess", school, null))
                    .isInstanceOf(SignInService.SignInFailedException.class);
        }

        assertThatThrownBy(() -> signIns.signIn(student.loginName(), TestAccounts.PASSWORD, school, null))
                .isInstanceOfSatisfying(
                        TooManyAttemptsException.class,
                        e -> assertThat(e.waitTime())
                                .as("a short wait, not a lock-out")
                                .isLessThanOrEqualTo(Duration.ofSeconds(30)));
        assertThat(signIns.signIn(trusted.loginName(), TestAccounts.PASSWORD, school, token)
                        .accountId())
                .as("a browser that signed in before is not held up")
                .isEqualTo(trusted.id());
        assertThat(signIns.signIn(student.loginName(), TestAccounts.PASSWORD, address(), null)
                        .accountId())
                .as("the same person from another address")
                .isEqualTo(student.id());
    }

    @Test
    void theWaitGrowsWithEachFailureUpToACeiling() {
        AttemptThrottle.Kind login = AttemptThrottle.Kind.SIGN_IN_LOGIN;
        int free = login.freeFailures();

        assertThat(login.waitAfter(free - 1)).isZero();
        assertThat(login.waitAfter(free)).isEqualTo(Duration.ofSeconds(15));
        assertThat(login.waitAfter(free + 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(login.waitAfter(free + 20)).isEqualTo(Duration.ofMinutes(15));
        assertThat(login.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    /** Fails sign-ins for the login from {@code from} until it is paused; returns the pause. */
    private TooManyAttemptsException pause(String loginName, String from) {
        for (int i = 0; i < AttemptThrottle.Kind.SIGN_IN_LOGIN.freeFailures(); i++) {
            assertThatThrownBy(() -> signIns.signIn(loginName, "not the password", from, null))
                    .isInstanceOf(SignInService.SignInFailedException.class);
        }
        try {
            signIns.signIn(loginName, "not the password either", from, null);
        } catch (TooManyAttemptsException paused) {
            return paused;
        }
        throw new AssertionError("signing in as " + loginName + " was not paused");
    }

    /** A fresh address per use, so tests never share an address's failures. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
