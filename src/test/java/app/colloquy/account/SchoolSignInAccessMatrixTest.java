package app.colloquy.account;

import app.colloquy.testsupport.AccessMatrixTestCase;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every operation of schools' sign-in, by every kind of caller: anyone sees the sign-in choices,
 * only an admin sets providers up, and what signs people in is asked by the application alone.
 */
@IntegrationTest
class SchoolSignInAccessMatrixTest
        extends AccessMatrixTestCase<SchoolSignInAccessMatrixTest.Caller, SchoolSignInAccessMatrixTest.Fixture> {

    enum Caller {
        ANONYMOUS,
        STUDENT,
        TEACHER,
        ADMIN
    }

    record Fixture(long providerId, String registrationId, long studentId) {}

    @Autowired
    SchoolSignInService schools;

    @Autowired
    TestAccounts accounts;

    private final Map<Caller, Account> people = new EnumMap<>(Caller.class);

    @BeforeAll
    void createPeople() {
        people.put(Caller.STUDENT, accounts.create("student"));
        people.put(Caller.TEACHER, accounts.createTeacher("teacher"));
        people.put(Caller.ADMIN, accounts.createAdmin("admin"));
    }

    Stream<Operation<Caller, Fixture>> operations() {
        Set<Caller> everyone = EnumSet.allOf(Caller.class);
        Set<Caller> signedIn = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
        Set<Caller> admin = EnumSet.of(Caller.ADMIN);
        Set<Caller> nobody = EnumSet.noneOf(Caller.class);
        return Stream.of(
                new Operation<>("signInChoices", everyone, f -> schools.signInChoices()),
                new Operation<>("passwordsEnabled", everyone, f -> schools.passwordsEnabled()),
                new Operation<>("providers", admin, f -> schools.providers()),
                new Operation<>("addProvider", admin, f -> schools.addProvider(provider())),
                new Operation<>(
                        "setProviderEnabled", admin, f -> run(() -> schools.setProviderEnabled(f.providerId(), false))),
                new Operation<>("removeProvider", admin, f -> run(() -> schools.removeProvider(f.providerId()))),
                new Operation<>("setPasswordsEnabled", admin, f -> run(() -> schools.setPasswordsEnabled(true))),
                new Operation<>("myLinkedProviders", signedIn, f -> schools.myLinkedProviders()),
                // Only the application itself, during a provider's sign-in (SchoolSignInJourneyIT).
                new Operation<>("client", nobody, f -> schools.client(f.registrationId())),
                new Operation<>("signIn", nobody, f -> schools.signIn(f.registrationId(), "sub", Map.of())),
                new Operation<>("link", nobody, f -> schools.link(f.studentId(), f.registrationId(), "sub")));
    }

    @Override
    protected Caller[] callers() {
        return Caller.values();
    }

    @Override
    protected Fixture freshFixture() {
        SignInProvider provider = accounts.as(people.get(Caller.ADMIN), () -> schools.addProvider(provider()));
        return new Fixture(
                provider.id(),
                provider.registrationId(),
                people.get(Caller.STUDENT).id());
    }

    @Override
    protected Object callAs(Caller caller, Fixture fixture, Supplier<Object> call) {
        return caller == Caller.ANONYMOUS ? accounts.anonymously(call) : accounts.as(people.get(caller), call);
    }

    private static NewSignInProvider provider() {
        return new NewSignInProvider(
                "Matrix school", "https://id.matrix.example", "client", "secret", null, null, false);
    }
}
