package app.colloquy.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal. It carries the account id so services can check access without
 * a lookup; the password hash is erased once sign-in has checked it.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final long accountId;
    private final String loginName;
    private final String displayName;
    private final boolean admin;
    private String passwordHash;

    SignedInUser(long accountId, String loginName, String displayName, boolean admin, String passwordHash) {
        this.accountId = accountId;
        this.loginName = loginName;
        this.displayName = displayName;
        this.admin = admin;
        this.passwordHash = passwordHash;
    }

    /** A principal for tests and internal tasks that act as a given account. */
    public static SignedInUser of(Account account) {
        return new SignedInUser(account.id(), account.loginName(), account.displayName(), account.admin(), null);
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean admin() {
        return admin;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return admin
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return loginName;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + accountId + ", " + loginName + "]";
    }
}
