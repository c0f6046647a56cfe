package app.colloquy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
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

    @Test
    void passwordsAreStoredAsArgon2HashesNeverAsText() {
        Account account = accounts.create("hashed");
        String hash = jdbc.sql("select password_hash from account where id = :id").param("id", account.id())
                .query(String.class).single();

        assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}").doesNotContain(TestAccounts.PASSWORD);
        assertThat(encoder.matches(TestAccounts.PASSWORD, hash)).isTrue();
    }

    @Test
    void passwordRulesAreEnforcedWithMessagesForTheField() {
        assertThatThrownBy(() -> accountService.registerStudent(new NewAccount("shorty", "Short", "too short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"))
                .hasMessageContaining("at least 10");
        assertThatThrownBy(() -> accountService.registerStudent(new NewAccount("samesame12", "Same", "SameSame12")))
                .hasMessageContaining("must not be your login name");
        assertThat(accountService.registerStudent(new NewAccount("passphrase-person", "Pat",
                "a long passphrase of plain words is welcome here, well beyond seventy-two bytes of text")).id()).isPositive();
    }

    @Test
    void theFirstAdminCanOnlyBeCreatedOnAnInstanceWithoutAccounts() {
        assertThatThrownBy(() -> accounts.anonymously(() -> accountService.createFirstAdmin(TestAccounts.newAccount("intruder"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void teachersSignUpOnlyWhenTheAdminAllowsIt() {
        Account admin = accounts.createAdmin("admin");
        accounts.as(admin, () -> {
            accountService.setTeacherSignupEnabled(false);
            return null;
        });
        assertThatThrownBy(() -> accounts.anonymously(() -> accountService.signUpTeacher(TestAccounts.newAccount("hopeful"))))
                .isInstanceOf(AccessDeniedException.class);

        accounts.as(admin, () -> {
            accountService.setTeacherSignupEnabled(true);
            return null;
        });
        try {
            Account teacher = accounts.anonymously(() -> accountService.signUpTeacher(TestAccounts.newAccount("welcome")));
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
        })).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));

        accounts.as(me, () -> {
            accountService.changePassword(TestAccounts.PASSWORD, "a brand new password");
            return null;
        });
        String hash = jdbc.sql("select password_hash from account where id = :id").param("id", me.id()).query(String.class).single();
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
        assertThat(accounts.as(student, () -> accountService.touchActivity())).as("must change password").isTrue();
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
}
