package app.colloquy.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security's sign-in; login names match regardless of case. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String loginName) {
        return accounts.findCredentials(loginName.trim())
                .map(c -> new SignedInUser(c.id(), c.loginName(), c.displayName(), c.admin(), c.teacher(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
