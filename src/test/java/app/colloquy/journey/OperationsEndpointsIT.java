package app.colloquy.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.testsupport.BrowserJourney;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** What a load balancer and a metrics scraper see, and what nobody else may. */
class OperationsEndpointsIT extends BrowserJourney {

    @Test
    void healthIsOpenAndSaysNothingButUpOrDown() {
        try (BrowserContext context = newContext()) {
            APIRequestContext http = context.request();
            for (String path :
                    new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
                APIResponse health = http.get(url(path));
                assertThat(health.status()).as(path).isEqualTo(200);
                assertThat(health.text())
                        .as(path)
                        .contains("\"status\":\"UP\"")
                        .doesNotContain("components", "details");
            }
        }
    }

    @Test
    void metricsAreForAdminsOnlyAndIncludeTheAppsOwnCounters() {
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, "student1", "colloquy-demo");
            APIRequestContext http = context.request();

            assertThat(http.get(url("/actuator/prometheus")).status())
                    .as("anonymous")
                    .isEqualTo(401);
            assertThat(http.get(url("/actuator/prometheus"), basic("teacher")).status())
                    .as("a teacher")
                    .isEqualTo(403);
            APIResponse metrics = http.get(url("/actuator/prometheus"), basic("admin"));

            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.text())
                    .contains(
                            "colloquy_sign_ins_total{outcome=\"succeeded\"}",
                            "colloquy_ui_open",
                            "colloquy_requests_waiting",
                            "hikaricp_connections_active",
                            "http_server_requests_seconds",
                            "tomcat_sessions_active_current");
        }
    }

    @Test
    void noOtherActuatorEndpointIsReachable() {
        try (BrowserContext context = newContext()) {
            APIRequestContext http = context.request();
            for (String path : new String[] {
                "/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/metrics"
            }) {
                assertThat(http.get(url(path), RequestOptions.create().setMaxRedirects(0))
                                .status())
                        .as(path)
                        .isIn(302, 401, 403);
                assertThat(http.get(url(path), basic("admin").setMaxRedirects(0))
                                .status())
                        .as(path + " as admin")
                        .isIn(302, 403, 404);
            }
        }
    }

    private static RequestOptions basic(String login) {
        String credentials = login + ":colloquy-demo";
        return RequestOptions.create()
                .setHeader(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
