package app.colloquy.testsupport;

import app.colloquy.account.Account;
import app.colloquy.account.AccountService;
import app.colloquy.account.NewAccount;
import app.colloquy.account.SignedInUser;
import app.colloquy.account.SystemActor;
import app.colloquy.classroom.ClassroomService;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Creates people and classes for a test, and signs people in the way Spring Security would. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "test-password-123";
    private final AccountService accounts;
    private final ClassroomService classrooms;
    private final JdbcClient jdbc;

    TestAccounts(AccountService accounts, ClassroomService classrooms, JdbcClient jdbc) {
        this.accounts = accounts;
        this.classrooms = classrooms;
        this.jdbc = jdbc;
    }

    /** A new student account with a unique login name starting with {@code prefix}. */
    public Account create(String prefix) {
        return accounts.registerStudent(newAccount(prefix));
    }

    public Account createTeacher(String prefix) {
        return SystemActor.call(() -> accounts.createAccount(newAccount(prefix), false, true));
    }

    public Account createAdmin(String prefix) {
        return SystemActor.call(() -> accounts.createAccount(newAccount(prefix), true, false));
    }

    /** A class taught by {@code teacher}, with these students joined through its code. */
    public long createClass(Account teacher, String name, Account... students) {
        long id = as(teacher, () -> classrooms.createClassroom(name, null).id());
        join(id, teacher, students);
        return id;
    }

    /** These students join the class through the code its teacher shares. */
    public void join(long classId, Account teacher, Account... students) {
        String code = as(teacher, () -> classrooms.joinSettings(classId).joinCode());
        for (Account student : students) {
            as(student, () -> classrooms.joinWithCode(code, "127.0.0.1"));
        }
    }

    /** Makes {@code coTeacher} a teacher of the class the way people do: invited, then accepting. */
    public void addCoTeacher(long classId, Account inviter, Account coTeacher) {
        as(inviter, () -> {
            classrooms.inviteCoTeacher(classId, coTeacher.loginName());
            return null;
        });
        as(coTeacher, () -> {
            classrooms.acceptInvitation(classId);
            return null;
        });
    }

    public static NewAccount newAccount(String prefix) {
        String login = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new NewAccount(login, "Test " + prefix, PASSWORD);
    }

    /** The account with this login name, as it is stored. */
    public Account find(String loginName) {
        return jdbc.sql(
                        "select id, login_name, display_name, admin, teacher from account where lower(login_name) = lower(:l)")
                .param("l", loginName)
                .query(Account.class)
                .single();
    }

    /** Whether an account has this login name. */
    public boolean taken(String loginName) {
        return jdbc.sql("select exists (select 1 from account where lower(login_name) = lower(:l))")
                .param("l", loginName)
                .query(Boolean.class)
                .single();
    }

    /** Puts the account's principal in the security context, as a successful sign-in would. */
    public void signIn(String loginName) {
        var user = SignedInUser.of(find(loginName));
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public void signIn(Account account) {
        signIn(account.loginName());
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs work as the account with this login name, restoring whoever was signed in before. */
    public <T> T as(String loginName, Supplier<T> work) {
        return SystemActor.callAs(SignedInUser.of(find(loginName)), work);
    }

    /** Runs work as the account, restoring whoever was signed in before. */
    public <T> T as(Account account, Supplier<T> work) {
        return SystemActor.callAs(SignedInUser.of(account), work);
    }

    /** Runs work with nobody signed in, restoring whoever was signed in before. */
    public <T> T anonymously(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
