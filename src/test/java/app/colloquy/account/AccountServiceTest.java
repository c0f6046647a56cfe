package app.colloquy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accountService;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SignInService signIns;

    @Test
    void passwordsAreStoredAsArgon2HashesNeverAsText() {
        Account account = accounts.create("hashed");
        String hash = jdbc.sql("select password_hash from account where id = :id")
                .param("id", account.id())
                .query(String.class)
                .single();

        assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}").doesNotContain(TestAccounts.PASSWORD);
        assertThat(encoder.matches(TestAccounts.PASSWORD, hash)).isTrue();
    }

    @Test
    void passwordRulesAreEnforcedWithMessagesForTheField() {
        assertThatThrownBy(() -> accountService.registerStudent(new NewAccount("shorty", "Short", "too short")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"))
                .hasMessageContaining("at least 10");
        assertThatThrownBy(() -> accountService.registerStudent(new NewAccount("samesame12", "Same", "SameSame12")))
                .hasMessageContaining("must not be your login name");
        assertThat(accountService
                        .registerStudent(
                                new NewAccount(
                                        "passphrase-person",
                                        "Pat",
                                        "a long passphrase of plain words is welcome here, well beyond seventy-two bytes of text"))
                        .id())
                .isPositive();
    }

    @Test
    void theFirstAdminCanOnlyBeCreatedOnAnInstanceWithoutAccounts() {
        assertThatThrownBy(() -> accounts.anonymously(
                        () -> accountService.createFirstAdmin(TestAccounts.newAccount("intruder"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void teachersSignUpOnlyWhenTheAdminAllowsIt() {
        Account admin = accounts.createAdmin("admin");
        accounts.as(admin, () -> {
            accountService.setTeacherSignupEnabled(false);
            return null;
        });
        assertThatThrownBy(() ->
                        accounts.anonymously(() -> accountService.signUpTeacher(TestAccounts.newAccount("hopeful"))))
                .isInstanceOf(AccessDeniedException.class);

        accounts.as(admin, () -> {
            accountService.setTeacherSignupEnabled(true);
            return null;
        });
        try {
            Account teacher =
                    accounts.anonymously(() -> accountService.signUpTeacher(TestAccounts.newAccount("welcome")));
            assertThat(teacher.teacher()).isTrue();
            assertThat(teacher.admin()).isFalse();
        } finally {
            accounts.as(admin, () -> {
                accountService.setTeacherSignupEnabled(false);
                return null;
            });
        }
    }

    @Test
    void changingYourPasswordNeedsTheCurrentOne() {
        Account me = accounts.create("me");
        assertThatThrownBy(() -> accounts.as(me, () -> {
                    accountService.changePassword("not my password", "a brand new password");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));

        accounts.as(me, () -> {
            accountService.changePassword(TestAccounts.PASSWORD, "a brand new password");
            return null;
        });
        String hash = jdbc.sql("select password_hash from account where id = :id")
                .param("id", me.id())
                .query(String.class)
                .single();
        assertThat(encoder.matches("a brand new password", hash)).isTrue();
    }

    @Test
    void aTeacherResetsTheirStudentsPasswordToATemporaryOneThatMustBeChanged() {
        Account teacher = accounts.createTeacher("teacher");
        Account student = accounts.create("student");
        Account otherTeacher = accounts.createTeacher("other");
        accounts.createClass(teacher, "Period 1", student);

        assertThatThrownBy(() -> accounts.as(otherTeacher, () -> accountService.resetStudentPassword(student.id())))
                .isInstanceOf(NotFoundException.class);
        String temporary = accounts.as(teacher, () -> accountService.resetStudentPassword(student.id()));

        assertThat(temporary).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        assertThat(accounts.as(student, () -> accountService.touchActivity()))
                .as("must change password")
                .isTrue();
        accounts.as(student, () -> {
            accountService.changePassword(temporary, "my own new password");
            return null;
        });
        assertThat(accounts.as(student, () -> accountService.touchActivity())).isFalse();
    }

    @Test
    void loginNamesAreUniqueRegardlessOfCase() {
        Account first = accounts.create("unique");
        assertThatThrownBy(() -> accountService.registerStudent(
                        new NewAccount(first.loginName().toUpperCase(), "Copy", "some long password")))
                .hasMessageContaining("taken");
    }

    @Test
    void aTeacherCannotTakeOverAnAccountThatJoinedTheirClassUnlessItIsOnlyAStudent() {
        Account teacher = accounts.createTeacher("teacher");
        Account colleague = accounts.createTeacher("colleague");
        Account admin = accounts.createAdmin("admin");
        Account formerTeacher = accounts.create("former-teacher");
        long otherClass = accounts.createClass(colleague, "Workshop");
        accounts.addCoTeacher(otherClass, colleague, setTeacherAccount(formerTeacher, true));
        setTeacherAccount(formerTeacher, false);
        Account newTeacher = accounts.createTeacher("new-teacher");
        long classId = accounts.createClass(teacher, "Period 2", colleague, formerTeacher, newTeacher);
        String code =
                accounts.as(teacher, () -> classrooms.joinSettings(classId).joinCode());

        assertThatThrownBy(() -> accounts.as(admin, () -> classrooms.joinWithCode(code, "10.1.1.1")))
                .as("admins do not join classes as students")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(teacher, () -> accountService.resetStudentPassword(colleague.id())))
                .as("a teacher account that joined as a student")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(teacher, () -> accountService.resetStudentPassword(newTeacher.id())))
                .as("a teacher account that teaches no class yet")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(teacher, () -> accountService.resetStudentPassword(formerTeacher.id())))
                .as("an account that teaches a class elsewhere")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(teacher, () -> accountService.resetStudentPassword(admin.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("select must_change_password from account where id in (:a, :b, :c)")
                        .param("a", colleague.id())
                        .param("b", admin.id())
                        .param("c", formerTeacher.id())
                        .query(Boolean.class)
                        .list())
                .containsOnly(false);
    }

    @Test
    void anAdminResetsAnyAccountButAnotherAdmin() {
        Account admin = accounts.createAdmin("admin");
        Account otherAdmin = accounts.createAdmin("other-admin");
        Account teacher = accounts.createTeacher("teacher");

        assertThat(accounts.as(admin, () -> accountService.resetStudentPassword(teacher.id())))
                .isNotBlank();
        assertThatThrownBy(() -> accounts.as(admin, () -> accountService.resetStudentPassword(otherAdmin.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPasswordChangeOrResetEndsEveryOtherSessionButKeepsTheChangersOwn() {
        Account teacher = accounts.createTeacher("teacher");
        Account student = accounts.create("student");
        accounts.createClass(teacher, "Period 3", student);
        SignedInUser laptop = signIns.signIn(student.loginName(), TestAccounts.PASSWORD, "10.2.2.2", null);
        SignedInUser phone = signIns.signIn(student.loginName(), TestAccounts.PASSWORD, "10.2.2.3", null);

        SignedInUser changed = SystemActor.callAs(
                laptop, () -> accountService.changePassword(TestAccounts.PASSWORD, "a brand new password"));

        assertThat(signIns.isCurrent(changed)).as("the session that changed it").isTrue();
        assertThat(signIns.isCurrent(phone)).as("another session").isFalse();

        accounts.as(teacher, () -> accountService.resetStudentPassword(student.id()));
        assertThat(signIns.isCurrent(changed))
                .as("after a reset, no session survives")
                .isFalse();
    }

    @Test
    void namesThatShowNothingOrHoldControlCharactersAreRefused() {
        Account me = accounts.create("named");
        for (String invisible : List.of("\u200B\u200B", "\u3164", "\u2800 \u2800", "\u200E\u200F", "\u0301", " \t ")) {
            assertThatThrownBy(() -> accounts.as(me, () -> accountService.changeDisplayName(invisible)))
                    .as("%s", invisible.codePoints().boxed().toList())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.getMessage()).contains("name others will see"));
        }
        assertThatThrownBy(() -> accounts.as(me, () -> accountService.changeDisplayName("Ada\u0000")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("control character");
        assertThatThrownBy(() -> accountService.registerStudent(
                        new NewAccount("surrogate", "Ada \uD83D", "a long password here")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("broken character");
        assertThat(accounts.as(me, () -> accountService.changeDisplayName("Zoë Ngô 🦉"))
                        .displayName())
                .isEqualTo("Zoë Ngô 🦉");
    }

    /** Gives or takes the account's teacher flag (admins have no screen for taking it yet) and returns it. */
    private Account setTeacherAccount(Account account, boolean teacher) {
        jdbc.sql("update account set teacher = :t where id = :id")
                .param("t", teacher)
                .param("id", account.id())
                .update();
        return accounts.find(account.loginName());
    }
}
