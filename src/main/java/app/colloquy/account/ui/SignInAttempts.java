package app.colloquy.account.ui;

import app.colloquy.platform.AttemptThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: failed sign-ins are counted per login name and per address, and
 * once either passes its limit the sign-in form is refused (before any password is checked)
 * with a message to wait.
 */
@Component
class SignInAttempts extends OncePerRequestFilter {

    static final String THROTTLED_URL = "/login?throttled";
    private final AttemptThrottle throttle;

    SignInAttempts(AttemptThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String login = loginSubject(request.getParameter("username"));
        if (throttle.isBlocked(AttemptThrottle.Kind.SIGN_IN_LOGIN, login)
                || throttle.isBlocked(AttemptThrottle.Kind.SIGN_IN_ADDRESS, request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + THROTTLED_URL);
            return;
        }
        chain.doFilter(request, response);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        throttle.recordFailure(AttemptThrottle.Kind.SIGN_IN_LOGIN, loginSubject(event.getAuthentication().getName()));
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            throttle.recordFailure(AttemptThrottle.Kind.SIGN_IN_ADDRESS, details.getRemoteAddress());
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.clear(AttemptThrottle.Kind.SIGN_IN_LOGIN, loginSubject(event.getAuthentication().getName()));
    }

    private static String loginSubject(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
