package app.colloquy.lti;

import app.colloquy.account.Account;
import app.colloquy.account.ExternalAccounts;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.testsupport.AccessMatrixTestCase;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestReadings;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every operation behind launches from learning platforms, by every kind of caller: only an admin
 * registers platforms; a platform's login may come from anyone (the signed token decides what
 * follows, LtiLaunchTest); accounts and enrolments for a platform's people are made by the
 * application alone, once it checked the launch; only a class's teachers use its course's roster
 * and gradebook.
 */
@IntegrationTest
class LtiAccessMatrixTest extends AccessMatrixTestCase<LtiAccessMatrixTest.Caller, LtiAccessMatrixTest.Fixture> {

    enum Caller {
        ANONYMOUS,
        STUDENT,
        TEACHER,
        ADMIN
    }

    record Fixture(LtiPlatform platform, long classroomId, long studentId, long deepLinkId, long readingId) {}

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    LtiLaunches launches;

    @Autowired
    ExternalAccounts externalAccounts;

    @Autowired
    LtiCourses courses;

    @Autowired
    LtiDeepLinks deepLinks;

    @Autowired
    LtiRepository lti;

    @Autowired
    TestReadings testReadings;

    @Autowired
    ClassroomService classrooms;

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
        Set<Caller> admin = EnumSet.of(Caller.ADMIN);
        Set<Caller> nobody = EnumSet.noneOf(Caller.class);
        Set<Caller> teachersOfTheClass = EnumSet.of(Caller.TEACHER);
        return Stream.of(
                new Operation<>("platforms", admin, f -> platforms.platforms()),
                new Operation<>("register", admin, f -> platforms.register(platform())),
                new Operation<>(
                        "remove",
                        admin,
                        f -> run(() -> platforms.remove(f.platform().id()))),
                new Operation<>(
                        "beginLogin",
                        everyone,
                        f -> launches.beginLogin(
                                new LtiLaunches.LoginRequest(
                                        f.platform().issuer(),
                                        "hint",
                                        null,
                                        f.platform().clientId(),
                                        null),
                                "https://colloquy.example/lti/launch")),
                new Operation<>("continueWith", everyone, f -> launches.continueWith("no-such-ticket")),
                new Operation<>("course", teachersOfTheClass, f -> courses.course(f.classroomId())),
                // A pick from inside the platform belongs to the teacher who opened it.
                new Operation<>("deepLinkRequest", teachersOfTheClass, f -> deepLinks.request(f.deepLinkId())),
                new Operation<>(
                        "deepLinkChoose",
                        teachersOfTheClass,
                        f -> run(() -> deepLinks.choose(f.deepLinkId(), f.readingId()))),
                new Operation<>("deepLinkAnswer", teachersOfTheClass, f -> deepLinks.answer(f.deepLinkId())),
                // The fixture's class is no platform's course: past the access check it is told so.
                new Operation<>(
                        "bringInRoster",
                        teachersOfTheClass,
                        f -> pastTheAccessCheck(() -> courses.bringInRoster(f.classroomId()))),
                new Operation<>(
                        "sendScores",
                        teachersOfTheClass,
                        f -> pastTheAccessCheck(() -> courses.sendScores(f.classroomId(), 1))),
                // Only the application itself, once a launch was checked (LtiLaunchTest).
                new Operation<>(
                        "createExternalAccount",
                        nobody,
                        f -> externalAccounts.create(Stream.of("someone"), Stream.of("Someone"), "Someone", false)),
                new Operation<>("externalPrincipal", nobody, f -> externalAccounts.principal(f.studentId())),
                new Operation<>("makeTeacher", nobody, f -> run(() -> externalAccounts.makeTeacher(f.studentId()))),
                new Operation<>(
                        "enrolThroughPlatform",
                        nobody,
                        f -> run(() -> classrooms.enrolThroughPlatform(f.classroomId(), f.studentId(), false))));
    }

    @Override
    protected Caller[] callers() {
        return Caller.values();
    }

    @Override
    protected Fixture freshFixture() {
        LtiPlatform platform = accounts.as(people.get(Caller.ADMIN), () -> platforms.register(platform()));
        Account teacher = people.get(Caller.TEACHER);
        long classroomId = accounts.createClass(teacher, "Platform class");
        long readingId = testReadings
                .readingIn(classroomId, teacher, "Only lesson")
                .imported()
                .readingId();
        long deepLinkId = lti.insertDeepLink(
                platform.id(), "deployment-1", teacher.id(), classroomId, "https://lms.matrix.example/return", null);
        lti.updateDeepLinkResponse(deepLinkId, "signed answer");
        return new Fixture(platform, classroomId, people.get(Caller.STUDENT).id(), deepLinkId, readingId);
    }

    @Override
    protected Object callAs(Caller caller, Fixture fixture, Supplier<Object> call) {
        return caller == Caller.ANONYMOUS ? accounts.anonymously(call) : accounts.as(people.get(caller), call);
    }

    /** The call, counted as done when what stops it comes after the access check. */
    private static Object pastTheAccessCheck(Supplier<Object> call) {
        try {
            return call.get();
        } catch (InvalidInputException notAPlatformsCourse) {
            return notAPlatformsCourse.field();
        }
    }

    private static NewLtiPlatform platform() {
        return new NewLtiPlatform(
                "Matrix LMS",
                "https://lms.matrix.example",
                "client-" + UUID.randomUUID(),
                "https://lms.matrix.example/auth",
                "https://lms.matrix.example/jwks",
                null,
                "deployment-1");
    }
}
