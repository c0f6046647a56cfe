package app.colloquy.account;

import app.colloquy.platform.NamedPrincipal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal. It carries the account id so services can check access without
 * a lookup; the password hash is erased once sign-in has checked it.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, NamedPrincipal {

    private final long accountId;
    private final String loginName;
    private final String displayName;
    private final boolean admin;
    private final boolean teacher;
    private final int credentialVersion;
    private @Nullable String passwordHash;

    SignedInUser(
            long accountId,
            String loginName,
            String displayName,
            boolean admin,
            boolean teacher,
            int credentialVersion,
            @Nullable String passwordHash) {
        this.accountId = accountId;
        this.loginName = loginName;
        this.displayName = displayName;
        this.admin = admin;
        this.teacher = teacher;
        this.credentialVersion = credentialVersion;
        this.passwordHash = passwordHash;
    }

    /**
     * A principal for an account whose password never changed, e.g. right after it was created,
     * or for internal tasks that no HTTP session carries.
     */
    public static SignedInUser of(Account account) {
        return new SignedInUser(
                account.id(), account.loginName(), account.displayName(), account.admin(), account.teacher(), 1, null);
    }

    /** The same person under a new display name. */
    SignedInUser renamed(String newDisplayName) {
        return new SignedInUser(accountId, loginName, newDisplayName, admin, teacher, credentialVersion, null);
    }

    /** The same person after a password change, as their own session now holds them. */
    SignedInUser withCredentialVersion(int version) {
        return new SignedInUser(accountId, loginName, displayName, admin, teacher, version, null);
    }

    /** Which password this session signed in with; a session with an older one is ended. */
    public int credentialVersion() {
        return credentialVersion;
    }

    /** The account this principal stands for, as it was at sign-in. */
    public Account account() {
        return new Account(accountId, loginName, displayName, admin, teacher);
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public boolean admin() {
        return admin;
    }

    /** May create classes and readings. */
    public boolean teacher() {
        return teacher;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority("ROLE_USER")));
        if (admin) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        if (teacher) {
            authorities.add(new SimpleGrantedAuthority("ROLE_TEACHER"));
        }
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
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
