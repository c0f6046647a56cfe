package app.colloquy.account.ui;

import app.colloquy.account.SchoolSignInService;
import app.colloquy.account.SignedInUser;
import app.colloquy.account.SystemActor;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.Message;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * After a provider's token was checked (signature, issuer, audience, nonce: Spring Security's
 * OIDC login), the person is signed in to their Colloquy account as after a password sign-in, or
 * the identity is linked to the account they started linking from. Anything refused goes back to
 * the sign-in page with the reason, and the reason is logged.
 */
@Component
class SchoolSignInHandler implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** Set on the session of a signed-in person who went to the provider to link their account. */
    static final String LINKING_ACCOUNT = "colloquy.linking-account";
    /** What went wrong, for the sign-in page to say. */
    static final String PROBLEM = "colloquy.school-sign-in-problem";

    private static final Logger log = LoggerFactory.getLogger(SchoolSignInHandler.class);

    private final SchoolSignInService schools;

    SchoolSignInHandler(SchoolSignInService schools) {
        this.schools = schools;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
        OidcUser identity = (OidcUser) token.getPrincipal();
        String provider = token.getAuthorizedClientRegistrationId();
        HttpSession session = request.getSession();
        Object linking = session.getAttribute(LINKING_ACCOUNT);
        session.removeAttribute(LINKING_ACCOUNT);
        try {
            if (linking instanceof Long accountId) {
                SchoolSignInService.Linked linked =
                        SystemActor.call(() -> schools.link(accountId, provider, identity.getSubject()));
                SignIn.store(linked.user(), request, response);
                if (linked.problem() != null) {
                    log.info("Linking through {} refused: {}", provider, linked.problem());
                    session.setAttribute(PROBLEM, linked.problem());
                }
                response.sendRedirect(
                        request.getContextPath() + "/account?" + (linked.problem() == null ? "linked" : "not-linked"));
                return;
            }
            SignedInUser user =
                    SystemActor.call(() -> schools.signIn(provider, identity.getSubject(), identity.getClaims()));
            SignIn.store(user, request, response);
            response.sendRedirect(request.getContextPath() + "/");
        } catch (InvalidInputException refused) {
            log.info("Sign-in through {} refused: {}", provider, refused.getMessage());
            SecurityContextHolder.clearContext();
            new HttpSessionSecurityContextRepository()
                    .saveContext(SecurityContextHolder.createEmptyContext(), request, response);
            session.setAttribute(PROBLEM, refused.message());
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        log.info("Sign-in through a school provider failed: {}", failure.getMessage());
        request.getSession().setAttribute(PROBLEM, Message.of("schoolSignIn.failed"));
        response.sendRedirect(request.getContextPath() + "/login");
    }
}
