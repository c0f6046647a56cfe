package app.colloquy.account;

import app.colloquy.platform.InputText;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.SecretTokens;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for people another system vouches for (a school's sign-in provider, a learning
 * platform): they sign in through it, so their password is one nobody knows, and their login name
 * is made from what the system says about them. Only the application asks, once it checked them.
 */
@Service
public class ExternalAccounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    ExternalAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /**
     * A new account: the login name like the person's own ({@code wantedLogins} in order, an e-mail
     * address counting by its local part), free and valid; the display name the first usable of
     * {@code names}, else {@code fallbackName}.
     */
    @Transactional
    public long create(
            Stream<@Nullable String> wantedLogins,
            Stream<@Nullable String> names,
            String fallbackName,
            boolean teacher) {
        currentUser.requireSystem();
        return accounts.insert(
                new NewAccount(loginName(wantedLogins), displayName(names, fallbackName), ""),
                Objects.requireNonNull(passwordEncoder.encode(SecretTokens.random())),
                false,
                teacher);
    }

    /** The person, as a session holds them. */
    @Transactional(readOnly = true)
    public SignedInUser principal(long accountId) {
        currentUser.requireSystem();
        return accounts.findCredentials(accountId)
                .orElseThrow(NotFoundException::new)
                .principal();
    }

    /** Lets the account create classes and readings, as the other system says it teaches. */
    @Transactional
    public void makeTeacher(long accountId) {
        currentUser.requireSystem();
        accounts.updateTeacher(accountId, true);
    }

    private static String displayName(Stream<@Nullable String> names, String fallbackName) {
        String name = names.filter(Objects::nonNull)
                .map(String::strip)
                .filter(s -> !s.isEmpty() && InputText.characterProblem(s).isEmpty())
                .findFirst()
                .orElse(fallbackName);
        return name.length() > AccountRules.DISPLAY_NAME_MAX ? name.substring(0, AccountRules.DISPLAY_NAME_MAX) : name;
    }

    private String loginName(Stream<@Nullable String> wanted) {
        String usable = wanted.filter(Objects::nonNull)
                .map(s -> s.contains("@") ? s.substring(0, s.indexOf('@')) : s)
                .map(s -> s.replaceAll("[^A-Za-z0-9._-]", ""))
                .filter(s -> !s.isEmpty() && Character.isLetterOrDigit(s.charAt(0)))
                .findFirst()
                .orElse("member");
        String base = usable.length() > 30 ? usable.substring(0, 30) : usable;
        String login = base.length() < 3 ? base + "-member" : base;
        for (int n = 2; accounts.loginNameTaken(login); n++) {
            login = base + "-" + n;
        }
        return login;
    }
}
