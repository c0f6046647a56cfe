package app.colloquy.testsupport;

import app.colloquy.account.Account;
import app.colloquy.account.AccountService;
import app.colloquy.account.NewAccount;
import app.colloquy.account.SignedInUser;
import app.colloquy.account.SystemActor;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Creates people for a test, and signs them in the way Spring Security's filter would. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "test-password-123";
    private final AccountService accounts;
    private final UserDetailsService userDetails;

    TestAccounts(AccountService accounts, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.userDetails = userDetails;
    }

    /** A new account with a unique login name starting with {@code prefix}. */
    public Account create(String prefix) {
        String login = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return SystemActor.call(() -> accounts.createAccount(new NewAccount(login, "Test " + prefix, PASSWORD, false)));
    }

    /** Signs in through the real user-details lookup, as a sign-in form would. */
    public void signIn(String loginName) {
        var user = userDetails.loadUserByUsername(loginName);
        SecurityContextHolder.getContext().setAuthentication(
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
        return SystemActor.callAs((SignedInUser) userDetails.loadUserByUsername(loginName), work);
    }

    /** Runs work as the account, restoring whoever was signed in before. */
    public <T> T as(Account account, Supplier<T> work) {
        return SystemActor.callAs(SignedInUser.of(account), work);
    }
}
