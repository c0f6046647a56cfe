package app.colloquy.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /** Creates an account; only an admin may. */
    @Transactional
    public Account createAccount(NewAccount account) {
        if (!currentUser.require().admin()) {
            throw new AccessDeniedException("Only an admin creates accounts");
        }
        String login = account.loginName().trim();
        long id = accounts.insert(login, account.displayName().trim(),
                passwordEncoder.encode(account.password()), account.admin());
        return new Account(id, login, account.displayName().trim(), account.admin());
    }

    @Transactional(readOnly = true)
    public boolean hasAnyAccount() {
        return accounts.count() > 0;
    }
}
