package app.colloquy.account;

import app.colloquy.platform.InputText;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.Message;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What makes a login name, display name and password acceptable. Views use the same rules for
 * inline messages that the service enforces, so the two can never disagree.
 */
public final class AccountRules {

    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 256;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int LOGIN_NAME_MAX = 40;
    private static final Pattern LOGIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,39}");

    private AccountRules() {}

    public static Optional<Message> loginNameProblem(String loginName) {
        String login = loginName == null ? "" : loginName.strip();
        if (login.isEmpty()) {
            return Optional.of(Message.of("problem.account.chooseLoginName"));
        }
        if (!LOGIN_NAME.matcher(login).matches()) {
            return Optional.of(Message.of("problem.account.loginNameShape"));
        }
        return Optional.empty();
    }

    /**
     * The login name as sign-in, throttling and look-ups all use it: trimmed and in lower case, or
     * empty when it cannot be a login name at all (e.g. it holds control characters).
     */
    public static Optional<String> normalisedLoginName(@Nullable String loginName) {
        if (loginName == null || loginName.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            return Optional.empty();
        }
        String login = loginName.strip();
        return LOGIN_NAME.matcher(login).matches() ? Optional.of(login.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** A name must show: invisible characters alone (zero-width, fillers, controls) are no name. */
    public static Optional<Message> displayNameProblem(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.length() > DISPLAY_NAME_MAX) {
            return Optional.of(Message.of("problem.account.atMostCharacters", DISPLAY_NAME_MAX));
        }
        Optional<Message> notText = InputText.characterProblem(name);
        if (notText.isPresent()) {
            return notText;
        }
        if (InputText.visibleCharacters(name).isEmpty()) {
            return Optional.of(Message.of("problem.account.enterDisplayName"));
        }
        return Optional.empty();
    }

    /** Length is what makes a password strong; a passphrase of ordinary words is welcome. */
    public static Optional<Message> passwordProblem(String loginName, String password) {
        String pw = password == null ? "" : password;
        if (pw.length() < PASSWORD_MIN) {
            return Optional.of(Message.of("problem.account.passwordTooShort", PASSWORD_MIN));
        }
        if (pw.length() > PASSWORD_MAX) {
            return Optional.of(Message.of("problem.account.atMostCharacters", PASSWORD_MAX));
        }
        if (loginName != null
                && pw.strip().toLowerCase(Locale.ROOT).equals(loginName.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Message.of("problem.account.passwordIsLoginName"));
        }
        return Optional.empty();
    }

    public static Optional<Message> confirmationProblem(String password, String confirmation) {
        return password != null && password.equals(confirmation)
                ? Optional.empty()
                : Optional.of(Message.of("problem.account.passwordsDiffer"));
    }

    static void requireValid(NewAccount account) {
        loginNameProblem(account.loginName()).ifPresent(p -> fail("loginName", p));
        displayNameProblem(account.displayName()).ifPresent(p -> fail("displayName", p));
        passwordProblem(account.loginName(), account.password()).ifPresent(p -> fail("password", p));
    }

    static void fail(String field, Message message) {
        throw new InvalidInputException(field, message);
    }
}
