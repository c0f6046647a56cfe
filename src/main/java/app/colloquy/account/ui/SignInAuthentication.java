package app.colloquy.account.ui;

import app.colloquy.account.AccountRules;
import app.colloquy.account.SignInService;
import app.colloquy.account.SignedInUser;
import app.colloquy.platform.DatabaseTrouble;
import app.colloquy.platform.TooManyAttemptsException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sign-in form's authentication: the only authentication provider, so no second provider can
 * check a password the throttle refused. It hands the decision to {@link SignInService} with the
 * client's address and the browser's device cookie, and renews that cookie after a success.
 */
@Component
class SignInAuthentication implements AuthenticationProvider {

    static final String DEVICE_COOKIE = "colloquy-device";
    static final String PAUSED_URL = "/login?paused=";
    static final String UNAVAILABLE_URL = "/login?unavailable";
    /** Session attribute: the login name of the last failed sign-in, shown again in the form. */
    static final String LAST_LOGIN_NAME = "colloquy.lastLoginName";

    private static final Duration DEVICE_COOKIE_LIFETIME = Duration.ofDays(180);

    /**
     * What the sign-in needs from the request besides the password: the login name as typed in
     * the sign-in form (Spring's form filter trims it, which would hide control characters at its
     * ends; null for HTTP basic), the client's address and the browser's device token.
     */
    record Details(
            @Nullable String typedLoginName,
            String address,
            @Nullable String deviceToken) {}

    /** A sign-in refused before its password was checked; the login page says how long to wait. */
    /**
     * The database could not be reached: the person is told so. Not Spring's "internal" kind,
     * which its filter logs at ERROR with a stack for every attempt during an outage; the outage
     * itself is logged once (DatabaseTrouble).
     */
    static final class DatabaseUnavailableException extends AuthenticationException {
        DatabaseUnavailableException(Throwable cause) {
            super(DatabaseTrouble.MESSAGE, cause);
        }
    }

    static final class SignInPausedException extends AuthenticationException {
        private final Duration wait;

        SignInPausedException(Duration wait) {
            super("Too many failed sign-ins");
            this.wait = wait;
        }
    }

    private final SignInService signIns;

    SignInAuthentication(SignInService signIns) {
        this.signIns = signIns;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Details details = authentication.getDetails() instanceof Details d ? d : new Details(null, "unknown", null);
        boolean signInForm = details.typedLoginName() != null;
        SignedInUser user;
        try {
            user = signIns.signIn(
                    signInForm ? details.typedLoginName() : authentication.getName(),
                    String.valueOf(authentication.getCredentials()),
                    details.address(),
                    details.deviceToken());
        } catch (SignInService.SignInFailedException failed) {
            throw new BadCredentialsException("Incorrect login name or password");
        } catch (TooManyAttemptsException paused) {
            throw new SignInPausedException(paused.waitTime());
        } catch (RuntimeException failure) {
            if (DatabaseTrouble.isCause(failure)) {
                throw new DatabaseUnavailableException(failure);
            }
            throw failure;
        }
        if (signInForm) {
            renewDeviceCookie(user, details.deviceToken());
        }
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(details);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static AuthenticationDetailsSource<HttpServletRequest, Details> detailsSource() {
        return request -> new Details(request.getParameter("username"), request.getRemoteAddr(), deviceToken(request));
    }

    /**
     * Wrong password: the usual message. Paused: the wait, so the person knows when to try again.
     * The login name typed is kept in the session (never in the URL) for the form to show again.
     */
    static AuthenticationFailureHandler failureHandler() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            String typed = request.getParameter("username");
            if (typed != null && typed.length() <= AccountRules.LOGIN_NAME_MAX) {
                request.getSession().setAttribute(LAST_LOGIN_NAME, typed.strip());
            }
            String target = switch (exception) {
                case SignInPausedException paused -> PAUSED_URL + Math.max(1, (paused.wait.toMillis() + 999) / 1000);
                case DatabaseUnavailableException unavailable -> UNAVAILABLE_URL;
                default -> "/login?error";
            };
            redirect(request, response, target);
        };
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException {
        response.sendRedirect(request.getContextPath() + target);
    }

    private void renewDeviceCookie(SignedInUser user, @Nullable String currentToken) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || attributes.getResponse() == null) {
            return;
        }
        HttpServletRequest request = attributes.getRequest();
        String token = signIns.trustDevice(user, currentToken);
        ResponseCookie cookie = ResponseCookie.from(DEVICE_COOKIE, token)
                .path(request.getContextPath() + "/login")
                .maxAge(DEVICE_COOKIE_LIFETIME)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        attributes.getResponse().addHeader("Set-Cookie", cookie.toString());
    }

    private static @Nullable String deviceToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? null
                : Arrays.stream(cookies)
                        .filter(c -> DEVICE_COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
    }
}
