package app.colloquy.lti.ui;

import app.colloquy.account.ui.SignIn;
import app.colloquy.lti.LtiDeepLinks;
import app.colloquy.lti.LtiLaunch;
import app.colloquy.lti.LtiLaunchRefused;
import app.colloquy.lti.LtiLaunches;
import app.colloquy.lti.LtiToolKeys;
import app.colloquy.platform.Message;
import app.colloquy.platform.MessageBundle;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.ui.PublicAddress;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The addresses a learning platform is given: {@code /lti/login} (login initiation),
 * {@code /lti/launch} (the redirect URI the ID token is posted to), {@code /lti/continue}
 * (the one-time ticket a checked launch gives, opened in a tab of the person's own) and
 * {@code /lti/jwks} (Colloquy's public keys). Every
 * refusal is a plain page saying what to do, and a log line saying why.
 */
class LtiServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(LtiServlet.class);

    static final String LOGIN = "/lti/login";
    static final String LAUNCH = "/lti/launch";
    static final String CONTINUE = "/lti/continue";
    static final String KEYS = "/lti/jwks";
    static final String RETURN = "/lti/return";

    private final transient LtiLaunches launches;
    private final transient LtiDeepLinks deepLinks;
    private final transient LtiToolKeys keys;
    private final transient PublicAddress address;

    LtiServlet(LtiLaunches launches, LtiDeepLinks deepLinks, LtiToolKeys keys, PublicAddress address) {
        this.launches = launches;
        this.deepLinks = deepLinks;
        this.keys = keys;
        this.address = address;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (path(request)) {
            case LOGIN -> login(request, response);
            case CONTINUE -> continueInto(request, response);
            case RETURN -> returnToPlatform(request, response);
            case KEYS -> {
                response.setContentType("application/json");
                response.getWriter().write(keys.publicKeySet());
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (path(request)) {
            case LOGIN -> login(request, response);
            case LAUNCH -> launch(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            response.sendRedirect(launches.beginLogin(
                            new LtiLaunches.LoginRequest(
                                    request.getParameter("iss"),
                                    request.getParameter("login_hint"),
                                    request.getParameter("lti_message_hint"),
                                    request.getParameter("client_id"),
                                    request.getParameter("lti_deployment_id")),
                            address.url(LAUNCH, request))
                    .toString());
        } catch (LtiLaunchRefused refused) {
            refuse(request, response, refused);
        }
    }

    private void launch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            LtiLaunch launch = launches.launch(request.getParameter("id_token"), request.getParameter("state"));
            page(
                    response,
                    HttpServletResponse.SC_OK,
                    continuePage(language(request), request.getContextPath(), launch));
        } catch (LtiLaunchRefused refused) {
            refuse(request, response, refused);
        }
    }

    /** Signs the person in, in a session of this tab's own, and opens what the launch was for. */
    private void continueInto(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var continuation = launches.continueWith(request.getParameter("ticket"));
        if (continuation.isEmpty()) {
            log.info("LTI continue refused: unknown, used or expired ticket");
            page(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    refusalPage(language(request), request.getContextPath(), Message.of("lti.refused.ticket")));
            return;
        }
        request.getSession(true);
        request.changeSessionId();
        SignIn.store(continuation.get().user(), request, response);
        response.sendRedirect(
                request.getContextPath() + "/" + continuation.get().targetPath());
    }

    /** Posts the teacher's pick back to the platform (Deep Linking), from a page of ours. */
    private void returnToPlatform(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = language(request);
        String id = request.getParameter("request");
        LtiDeepLinks.Answer answer;
        try {
            answer = deepLinks.answer(Long.parseLong(id == null ? "" : id));
        } catch (NumberFormatException | NotFoundException | AccessDeniedException gone) {
            log.info("LTI return refused: request {} unknown, not this person's or answered", id);
            page(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    refusalPage(language, request.getContextPath(), Message.of("lti.refused.ticket")));
            return;
        }
        page(
                response,
                HttpServletResponse.SC_OK,
                document(
                        language,
                        request.getContextPath(),
                        MessageBundle.text(language, "lti.return.title"),
                        "<form id=\"answer\" method=\"post\" action=\"" + escaped(answer.returnUrl()) + "\">"
                                + "<input type=\"hidden\" name=\"JWT\" value=\"" + escaped(answer.jwt()) + "\">"
                                + "<button type=\"submit\">"
                                + escaped(MessageBundle.text(language, "lti.return.button"))
                                + "</button></form>"
                                + "<script>document.getElementById('answer').submit();</script>"));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, LtiLaunchRefused refused)
            throws IOException {
        log.info("LTI {} refused: {}", path(request), refused.getMessage());
        page(
                response,
                HttpServletResponse.SC_BAD_REQUEST,
                refusalPage(language(request), request.getContextPath(), refused.message()));
    }

    /**
     * Inside the platform's frame the person continues in a new tab (a frame may not keep our
     * cookies); opened as a page of its own, it continues at once.
     */
    private static String continuePage(Locale language, String contextPath, LtiLaunch launch) {
        String target = contextPath + CONTINUE + "?ticket=" + launch.ticket();
        return document(
                language,
                contextPath,
                MessageBundle.text(language, "lti.continue.title"),
                "<p>" + escaped(MessageBundle.text(language, "lti.continue.explained")) + "</p>"
                        + "<p><a id=\"continue\" href=\"" + escaped(target) + "\" target=\"_blank\" rel=\"opener\">"
                        + escaped(MessageBundle.text(language, "lti.continue.open")) + "</a></p>"
                        + "<p><a href=\"" + escaped(target) + "\">"
                        + escaped(MessageBundle.text(language, "lti.continue.openHere")) + "</a></p>"
                        + "<script>if (window.top === window.self) location.replace("
                        + "document.getElementById('continue').href);</script>");
    }

    private static String refusalPage(Locale language, String contextPath, Message message) {
        return document(
                language,
                contextPath,
                MessageBundle.text(language, "lti.refused.title"),
                "<p>" + escaped(message.in(language)) + "</p>");
    }

    private static String document(Locale language, String contextPath, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + language.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escaped(title) + " · Colloquy</title><link rel=\"stylesheet\" href=\"" + contextPath
                + "/styles.css\">"
                + "</head><body class=\"lti-page\"><main><h1>" + escaped(title) + "</h1>" + body
                + "</main></body></html>";
    }

    private static void page(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }

    private static Locale language(HttpServletRequest request) {
        return MessageBundle.supported(request.getLocale());
    }

    private static String escaped(@Nullable String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
