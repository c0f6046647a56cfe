package app.colloquy.account.ui;

import app.colloquy.account.Account;
import app.colloquy.account.SignedInUser;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Signs in an account that was just created (set-up, sign-up, joining a class), so the person
 * lands where they were going without typing their new password again. The session gets a new
 * id first, as at a normal sign-in, so a session id planted before cannot ride along.
 */
public final class SignIn {

    private SignIn() {}

    public static void signInNewAccount(Account account) {
        VaadinService.reinitializeSession(VaadinServletRequest.getCurrent());
        store(SignedInUser.of(account));
    }

    /** Replaces the signed-in principal after the person changed their own account (name, password). */
    public static void refresh(SignedInUser user) {
        store(user);
    }

    private static void store(SignedInUser user) {
        store(
                user,
                VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
    }

    /** The person is signed in as {@code user} for this request and the rest of their session. */
    public static void store(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }
}
