package app.colloquy.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One browser opening Colloquy from a course of a platform the test plays, over HTTP: its own
 * cookies, redirects seen rather than followed, the platform's part (login initiation, the signed
 * launch) done as the platform would.
 */
public final class LtiBrowser {

    /** What Colloquy's authorization request to the platform carried. */
    public record Login(String state, String nonce) {}

    private final int port;
    private final TestLtiPlatform platform;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public LtiBrowser(int port, TestLtiPlatform platform) {
        this.port = port;
        this.platform = platform;
    }

    public HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl;
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept-Language", "en-US")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The platform's login initiation; Colloquy answers with the platform's authorization request. */
    public Login login() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/lti/login?iss=" + enc(platform.issuer()) + "&login_hint=someone"
                + "&client_id=" + enc(platform.clientId()) + "&target_link_uri="
                + enc("http://localhost:" + port + "/lti/launch") + "&lti_message_hint=hint-1");
        assertThat(response.statusCode()).isEqualTo(302);
        URI authorize = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(platform.authLoginUrl() + "?");
        Map<String, String> query = TestHttp.form(authorize.getRawQuery());
        assertThat(query)
                .containsEntry("client_id", platform.clientId())
                .containsEntry("response_type", "id_token")
                .containsEntry("response_mode", "form_post")
                .containsEntry("scope", "openid")
                .containsEntry("prompt", "none")
                .containsEntry("login_hint", "someone")
                .containsEntry("lti_message_hint", "hint-1")
                .containsEntry("redirect_uri", "http://localhost:" + port + "/lti/launch");
        return new Login(query.get("state"), query.get("nonce"));
    }

    public HttpResponse<String> launch(String idToken, String state) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/lti/launch"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "en-US")
                        .POST(HttpRequest.BodyPublishers.ofString("id_token=" + enc(idToken) + "&state=" + enc(state)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> launch(TestLtiPlatform.Launch who) throws IOException, InterruptedException {
        Login login = login();
        return launch(platform.idToken(who, login.nonce()), login.state());
    }

    /** Launches and continues into Colloquy; where it opened. */
    public String launchAndContinue(TestLtiPlatform.Launch who) throws IOException, InterruptedException {
        HttpResponse<String> page = launch(who);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        HttpResponse<String> opened = get(continueLink(page.body()));
        assertThat(opened.statusCode()).isEqualTo(302);
        return opened.headers().firstValue("Location").orElseThrow();
    }

    /** The launch page's link to continue, resolved against the launch address as a browser does. */
    public String continueLink(String page) {
        String anchor = "<a id=\"continue\" href=\"";
        int at = page.indexOf(anchor);
        assertThat(at).as("the page links to continue").isNotNegative();
        int start = at + anchor.length();
        String href = page.substring(start, page.indexOf('"', start));
        return URI.create("http://localhost:" + port + "/lti/launch")
                .resolve(href)
                .toString();
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
