package app.colloquy.classroom;

import static app.colloquy.classroom.ClassroomAccessMatrixTest.Actor.ADMIN;
import static app.colloquy.classroom.ClassroomAccessMatrixTest.Actor.ANONYMOUS;
import static app.colloquy.classroom.ClassroomAccessMatrixTest.Actor.STUDENT_ELSEWHERE;
import static app.colloquy.classroom.ClassroomAccessMatrixTest.Actor.STUDENT_OF_CLASS;
import static app.colloquy.classroom.ClassroomAccessMatrixTest.Actor.TEACHER_ELSEWHERE;
import static app.colloquy.classroom.ClassroomAccessMatrixTest.Actor.TEACHER_OF_CLASS;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.account.AccountService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.testsupport.AccessMatrixTestCase;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every public operation of classes and accounts, tried by every kind of caller: the ones allowed
 * succeed, all others are refused by the service itself (not found, or access denied). Sign-in
 * itself ({@code SignInService}) runs before anyone is known and is tested in {@code SignInServiceTest}.
 */
@IntegrationTest
class ClassroomAccessMatrixTest
        extends AccessMatrixTestCase<ClassroomAccessMatrixTest.Actor, ClassroomAccessMatrixTest.Fixture> {

    enum Actor {
        ANONYMOUS,
        STUDENT_OF_CLASS,
        STUDENT_ELSEWHERE,
        TEACHER_OF_CLASS,
        TEACHER_ELSEWHERE,
        ADMIN
    }

    /**
     * A fresh class for each attempt, so one call cannot influence another; {@code target} is a
     * student who is only in this class, for operations on a student.
     */
    record Fixture(
            long classId,
            String joinCode,
            Account target,
            Account coTeacher,
            String invitedLogin,
            Map<Actor, Account> people) {}

    @Autowired
    ClassroomService classrooms;

    @Autowired
    AccountService accountService;

    @Autowired
    TestAccounts accounts;

    Map<Actor, Account> people = new EnumMap<>(Actor.class);

    @BeforeAll
    void createPeople() {
        people.put(STUDENT_OF_CLASS, accounts.create("student"));
        people.put(STUDENT_ELSEWHERE, accounts.create("other-student"));
        people.put(TEACHER_OF_CLASS, accounts.createTeacher("teacher"));
        people.put(TEACHER_ELSEWHERE, accounts.createTeacher("other-teacher"));
        people.put(ADMIN, accounts.createAdmin("admin"));
    }

    Stream<Operation<Actor, Fixture>> operations() {
        Set<Actor> signedIn = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
        Set<Actor> members = EnumSet.of(STUDENT_OF_CLASS, TEACHER_OF_CLASS);
        Set<Actor> teacherOfClass = EnumSet.of(TEACHER_OF_CLASS);
        Set<Actor> admin = EnumSet.of(ADMIN);
        return Stream.of(
                new Operation<>("myClasses", signedIn, f -> classrooms.myClasses()),
                new Operation<>("myArchivedClasses", signedIn, f -> classrooms.myArchivedClasses()),
                new Operation<>("getClassroom", members, f -> classrooms.getClassroom(f.classId())),
                new Operation<>("classmates", members, f -> classrooms.classmates(f.classId())),
                new Operation<>("names", members, f -> classrooms.names(f.classId())),
                // Only the application itself, for live updates (ClassroomServiceTest shows it may).
                new Operation<>(
                        "members",
                        EnumSet.noneOf(Actor.class),
                        f -> classrooms.members(f.classId(), List.of(f.target().id()))),
                new Operation<>(
                        "setPseudonymous",
                        teacherOfClass,
                        f -> run(() -> classrooms.setPseudonymous(f.classId(), true))),
                new Operation<>(
                        "createClassroom",
                        EnumSet.of(TEACHER_OF_CLASS, TEACHER_ELSEWHERE),
                        f -> classrooms.createClassroom("New class", null)),
                new Operation<>(
                        "rename", teacherOfClass, f -> run(() -> classrooms.rename(f.classId(), "Renamed", "Fall"))),
                new Operation<>("archive", teacherOfClass, f -> run(() -> classrooms.setArchived(f.classId(), true))),
                new Operation<>("joinSettings", teacherOfClass, f -> classrooms.joinSettings(f.classId())),
                new Operation<>("regenerateJoinCode", teacherOfClass, f -> classrooms.regenerateJoinCode(f.classId())),
                new Operation<>(
                        "setJoiningEnabled", teacherOfClass, f -> classrooms.setJoiningEnabled(f.classId(), false)),
                new Operation<>("roster", teacherOfClass, f -> classrooms.roster(f.classId(), 0, 50)),
                new Operation<>("rosterSize", teacherOfClass, f -> classrooms.rosterSize(f.classId())),
                new Operation<>(
                        "removeStudent",
                        teacherOfClass,
                        f -> run(() ->
                                classrooms.removeStudent(f.classId(), f.target().id()))),
                new Operation<>(
                        "inviteCoTeacher",
                        teacherOfClass,
                        f -> run(() -> classrooms.inviteCoTeacher(
                                f.classId(), f.people().get(TEACHER_ELSEWHERE).loginName()))),
                new Operation<>("teachers", teacherOfClass, f -> classrooms.teachers(f.classId())),
                new Operation<>("pendingInvitations", teacherOfClass, f -> classrooms.pendingInvitations(f.classId())),
                new Operation<>(
                        "cancelInvitation",
                        teacherOfClass,
                        f -> run(() -> classrooms.cancelInvitation(f.classId(), f.invitedLogin()))),
                new Operation<>(
                        "removeTeacher",
                        teacherOfClass,
                        f -> run(() -> classrooms.removeTeacher(
                                f.classId(), f.coTeacher().id()))),
                new Operation<>("myInvitations", signedIn, f -> classrooms.myInvitations()),
                new Operation<>(
                        "acceptInvitation",
                        EnumSet.of(TEACHER_ELSEWHERE),
                        f -> run(() -> classrooms.acceptInvitation(f.classId()))),
                new Operation<>(
                        "declineInvitation",
                        EnumSet.of(TEACHER_ELSEWHERE),
                        f -> run(() -> classrooms.declineInvitation(f.classId()))),
                new Operation<>(
                        "joinWithCode",
                        EnumSet.complementOf(EnumSet.of(ANONYMOUS, ADMIN)),
                        f -> classrooms.joinWithCode(f.joinCode(), "10.9.8.7")),
                new Operation<>(
                        "checkJoinCode",
                        EnumSet.allOf(Actor.class),
                        f -> classrooms.checkJoinCode(f.joinCode(), "10.9.8.7")),
                new Operation<>(
                        "joinAsNewStudent",
                        EnumSet.allOf(Actor.class),
                        f -> classrooms.joinAsNewStudent(
                                f.joinCode(), TestAccounts.newAccount("newcomer"), "10.9.8.7")),
                new Operation<>(
                        "resetStudentPassword",
                        EnumSet.of(TEACHER_OF_CLASS, ADMIN),
                        f -> accountService.resetStudentPassword(f.target().id())),
                new Operation<>(
                        "createTeacherAccount",
                        admin,
                        f -> accountService.createAccount(TestAccounts.newAccount("made"), false, true)),
                new Operation<>("listTeachers", admin, f -> accountService.teachers(0, 10)),
                new Operation<>(
                        "setTeacherSignupEnabled",
                        admin,
                        f -> run(() -> accountService.setTeacherSignupEnabled(false))),
                new Operation<>("interfaceLanguage", signedIn, f -> accountService.interfaceLanguage()),
                new Operation<>(
                        "chooseInterfaceLanguage",
                        signedIn,
                        f -> run(() -> accountService.chooseInterfaceLanguage(Locale.forLanguageTag("es")))),
                new Operation<>(
                        "changeOwnDisplayName",
                        signedIn,
                        f -> run(() -> accountService.changeDisplayName("Renamed Person"))),
                new Operation<>(
                        "changeOwnPassword",
                        signedIn,
                        f -> passwordChecked(() ->
                                accountService.changePassword("not the current password", "another long password"))),
                new Operation<>("countTeachers", admin, f -> accountService.countTeachers()),
                new Operation<>(
                        "createFirstAdmin",
                        EnumSet.noneOf(Actor.class),
                        f -> accountService.createFirstAdmin(TestAccounts.newAccount("second-admin"))),
                new Operation<>(
                        "signUpTeacher (turned off)",
                        EnumSet.noneOf(Actor.class),
                        f -> accountService.signUpTeacher(TestAccounts.newAccount("hopeful"))),
                new Operation<>(
                        "registerStudent",
                        EnumSet.allOf(Actor.class),
                        f -> accountService.registerStudent(TestAccounts.newAccount("new"))),
                new Operation<>(
                        "checkNewStudent",
                        EnumSet.allOf(Actor.class),
                        f -> accountService.checkNewStudent(TestAccounts.newAccount("new"))),
                new Operation<>(
                        "registerStudent (checked)",
                        EnumSet.allOf(Actor.class),
                        f -> accountService.registerStudent(
                                accountService.checkNewStudent(TestAccounts.newAccount("new")))),
                new Operation<>("hasAnyAccount", EnumSet.allOf(Actor.class), f -> accountService.hasAnyAccount()),
                new Operation<>(
                        "teacherSignupEnabled", EnumSet.allOf(Actor.class), f -> accountService.teacherSignupEnabled()),
                new Operation<>("touchActivity", EnumSet.allOf(Actor.class), f -> accountService.touchActivity()),
                new Operation<>("requireEnrolment", members, f -> classrooms.requireEnrolment(f.classId())),
                new Operation<>(
                        "requireTeacher", teacherOfClass, f -> run(() -> classrooms.requireTeacher(f.classId()))));
    }

    @Override
    protected Actor[] callers() {
        return Actor.values();
    }

    @Override
    protected Fixture freshFixture() {
        return freshClass();
    }

    @Override
    protected Object callAs(Actor caller, Fixture fixture, Supplier<Object> call) {
        return caller == ANONYMOUS
                ? accounts.anonymously(call)
                : accounts.as(fixture.people().get(caller), call);
    }

    /** Reaching the current-password check means the caller was let in; nobody's password changes. */
    private static Object passwordChecked(Runnable change) {
        try {
            change.run();
            throw new AssertionError("a wrong current password was accepted");
        } catch (InvalidInputException wrongPassword) {
            assertThat(wrongPassword.field()).isEqualTo("currentPassword");
            return null;
        }
    }

    private Fixture freshClass() {
        Account teacher = people.get(TEACHER_OF_CLASS);
        Account target = accounts.create("target");
        accounts.createClass(people.get(TEACHER_ELSEWHERE), "Elsewhere", people.get(STUDENT_ELSEWHERE));
        long classId = accounts.createClass(teacher, "Matrix class", people.get(STUDENT_OF_CLASS), target);
        String code =
                accounts.as(teacher, () -> classrooms.joinSettings(classId).joinCode());
        Account coTeacher = accounts.createTeacher("co-teacher");
        accounts.addCoTeacher(classId, teacher, coTeacher);
        // Invitations to the student elsewhere (who cannot accept) and to the teacher elsewhere.
        Account invited = people.get(TEACHER_ELSEWHERE);
        accounts.as(teacher, () -> {
            classrooms.inviteCoTeacher(classId, invited.loginName());
            classrooms.inviteCoTeacher(classId, people.get(STUDENT_ELSEWHERE).loginName());
            return null;
        });
        return new Fixture(classId, code, target, coTeacher, invited.loginName().toLowerCase(), people);
    }
}
