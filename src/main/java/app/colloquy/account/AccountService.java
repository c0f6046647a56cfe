package app.colloquy.account;

import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.MessageBundle;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.StartupLock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {

    private final AccountRepository accounts;
    private final TrustedDeviceRepository devices;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final TemporaryPasswords temporaryPasswords;
    private final StudentOversight oversight;
    private final StartupLock lock;

    AccountService(
            AccountRepository accounts,
            TrustedDeviceRepository devices,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            TemporaryPasswords temporaryPasswords,
            StudentOversight oversight,
            StartupLock lock) {
        this.accounts = accounts;
        this.devices = devices;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.temporaryPasswords = temporaryPasswords;
        this.oversight = oversight;
        this.lock = lock;
    }

    /** True once anyone has an account; until then the first visitor sets up the instance. */
    @Transactional(readOnly = true)
    public boolean hasAnyAccount() {
        return accounts.count() > 0;
    }

    /** The first account of a fresh install: the admin. Refused once any account exists. */
    @Transactional
    public Account createFirstAdmin(NewAccount account) {
        lock.lockForTransaction("colloquy-first-admin");
        if (accounts.count() > 0) {
            throw new AccessDeniedException("This instance is already set up");
        }
        return insert(account, true, true);
    }

    /** A teacher signing up on their own, when the admin allows it. */
    @Transactional
    public Account signUpTeacher(NewAccount account) {
        if (!accounts.teacherSignupEnabled()) {
            throw new AccessDeniedException("Teacher sign-up is turned off");
        }
        return insert(account, false, true);
    }

    /**
     * A student account. Anyone may make one (students sign up with a class's join code); on its
     * own it sees nothing until it is enrolled in a class.
     */
    @Transactional
    public Account registerStudent(NewAccount account) {
        return registerStudent(checkNewStudent(account));
    }

    /** The same, for an account checked and hashed beforehand (see {@link #checkNewStudent}). */
    @Transactional
    public Account registerStudent(CheckedAccount account) {
        return insert(account, false, false);
    }

    /**
     * Checks a new student's account and hashes its password; open to anyone, as registering is.
     * Call it before a transaction: the hash takes a moment of CPU and no connection should wait on it.
     */
    public CheckedAccount checkNewStudent(NewAccount account) {
        return check(account);
    }

    /** An account made by an admin: a teacher account, or another admin. */
    @Transactional
    public Account createAccount(NewAccount account, boolean admin, boolean teacher) {
        currentUser.requireAdmin();
        return insert(account, admin, teacher);
    }

    /** Changes the signed-in person's display name; returns them as their session should now hold them. */
    @Transactional
    public SignedInUser changeDisplayName(String displayName) {
        SignedInUser me = currentUser.require();
        AccountRules.displayNameProblem(displayName).ifPresent(p -> AccountRules.fail("displayName", p));
        accounts.updateDisplayName(me.accountId(), displayName.strip());
        return me.renamed(displayName.strip());
    }

    /** The interface language the signed-in person chose, if they chose one rather than follow their browser. */
    @Transactional(readOnly = true)
    public Optional<Locale> interfaceLanguage() {
        return accounts.findInterfaceLanguage(currentUser.requireAccountId()).map(Locale::forLanguageTag);
    }

    /** Sets the signed-in person's interface language; null follows the browser. Only the languages the interface speaks. */
    @Transactional
    public void chooseInterfaceLanguage(@Nullable Locale language) {
        long me = currentUser.requireAccountId();
        if (language != null && !MessageBundle.LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", "problem.account.unknownLanguage");
        }
        accounts.updateInterfaceLanguage(me, language == null ? null : language.toLanguageTag());
    }

    /**
     * Changes the signed-in person's own password; the current one proves it is them. Every other
     * session of the account ends; the returned principal keeps this one signed in.
     */
    @Transactional
    public SignedInUser changePassword(String currentPassword, String newPassword) {
        SignedInUser me = currentUser.require();
        var credentials = accounts.findCredentials(me.accountId()).orElseThrow(NotFoundException::new);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, credentials.passwordHash())) {
            throw new InvalidInputException("currentPassword", "problem.accountService.thatIsNotYourCurrent");
        }
        AccountRules.passwordProblem(credentials.loginName(), newPassword)
                .ifPresent(p -> AccountRules.fail("newPassword", p));
        if (passwordEncoder.matches(newPassword, credentials.passwordHash())) {
            throw new InvalidInputException("newPassword", "problem.accountService.chooseAPasswordDifferentFrom");
        }
        int version = accounts.updatePassword(
                me.accountId(), Objects.requireNonNull(passwordEncoder.encode(newPassword)), false);
        devices.forgetAll(me.accountId());
        return me.withCredentialVersion(version);
    }

    /**
     * Gives a student a temporary password they must change at their next sign-in, and ends all
     * their sessions. A teacher may do this only for an account that is nothing but a student (no
     * admin, no teacher account, teaching no class) while it is in a class this teacher teaches; an
     * admin for any account but another admin. Returns the password to hand over.
     */
    @Transactional
    public String resetStudentPassword(long studentAccountId) {
        SignedInUser me = currentUser.require();
        var target = accounts.findCredentials(studentAccountId).orElseThrow(NotFoundException::new);
        boolean allowed = me.admin()
                ? !target.admin()
                : !target.admin()
                        && !target.teacher()
                        && oversight.teachesOnlyStudent(me.accountId(), studentAccountId);
        if (!allowed) {
            throw new NotFoundException();
        }
        String temporary = temporaryPasswords.next();
        accounts.updatePassword(studentAccountId, Objects.requireNonNull(passwordEncoder.encode(temporary)), true);
        devices.forgetAll(studentAccountId);
        return temporary;
    }

    /** Notes that the signed-in person is active; true when they must change their password first. */
    @Transactional
    public boolean touchActivity() {
        return currentUser
                .get()
                .map(me -> accounts.touchActivity(me.accountId()))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public List<Account> teachers(int offset, int limit) {
        currentUser.requireAdmin();
        return accounts.findTeachers(offset, limit);
    }

    @Transactional(readOnly = true)
    public int countTeachers() {
        currentUser.requireAdmin();
        return accounts.countTeachers();
    }

    @Transactional(readOnly = true)
    public boolean teacherSignupEnabled() {
        return accounts.teacherSignupEnabled();
    }

    @Transactional
    public void setTeacherSignupEnabled(boolean enabled) {
        currentUser.requireAdmin();
        accounts.setTeacherSignupEnabled(enabled);
    }

    private CheckedAccount check(NewAccount account) {
        AccountRules.requireValid(account);
        return new CheckedAccount(account, Objects.requireNonNull(passwordEncoder.encode(account.password())));
    }

    private Account insert(NewAccount account, boolean admin, boolean teacher) {
        return insert(check(account), admin, teacher);
    }

    private Account insert(CheckedAccount checked, boolean admin, boolean teacher) {
        NewAccount account = checked.account();
        if (accounts.loginNameTaken(account.loginName().strip())) {
            throw new InvalidInputException("loginName", "problem.accountService.thatLoginNameIsTaken");
        }
        long id = accounts.insert(account, checked.passwordHash(), admin, teacher);
        return new Account(
                id, account.loginName().strip(), account.displayName().strip(), admin, teacher);
    }
}
