package app.colloquy.account.ui;

import app.colloquy.account.SignInService;
import app.colloquy.account.SignedInUser;
import app.colloquy.platform.DatabaseTrouble;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed its password (or had it reset) after the session signed
 * in: checked on every request against the account's credential version in the database, so it
 * holds across app nodes. The request then continues as anonymous and meets the sign-in page.
 */
@Component
class SessionValidity extends OncePerRequestFilter {

    private final SignInService signIns;
    private final DatabaseTrouble database;
    private final SecurityContextHolderStrategy securityContexts;

    /** Reads the security context through the strategy this app configured (Vaadin's), not a global default. */
    SessionValidity(SignInService signIns, DatabaseTrouble database, SecurityContextHolderStrategy securityContexts) {
        this.signIns = signIns;
        this.database = database;
        this.securityContexts = securityContexts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getSession(false) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user && !isCurrent(user)) {
            securityContexts.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * While the database is unreachable the check cannot be made; the request goes on and meets
     * the "database unavailable" message wherever it needs data (fail open: nothing can be read
     * or changed without the database anyway).
     */
    private boolean isCurrent(SignedInUser user) {
        return database.unlessUnreachable(() -> signIns.isCurrent(user), () -> true);
    }
}
