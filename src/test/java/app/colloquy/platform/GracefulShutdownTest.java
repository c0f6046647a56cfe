package app.colloquy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.colloquy.Application;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A restart while people sign in: SIGTERM lets the sign-ins in flight finish with their database
 * still there (it used to be stopped by a JVM hook at the same moment) and then refuses new
 * connections. No sign-in is answered with "database unavailable" or an error. A request sent on a
 * kept-alive connection after the restart began is not started and its connection is closed (a
 * browser retries a page load, not a form; behind a load balancer that honours readiness such
 * requests go to another node): counted as "connection closed", noted on the operations issue.
 */
class GracefulShutdownTest {

    /** The demo accounts, one person each (one login signing in from many places at once would be paced). */
    private static final List<String> PEOPLE = List.of("teacher", "student1", "student2", "student3", "admin");

    @TempDir
    Path dataDir;

    @Test
    void aRestartFinishesTheSignInsInFlightAndThenRefusesNewOnes() throws Exception {
        Process app = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        RunApp.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        int port = awaitPort(app);
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        AtomicLong terminatedAt = new AtomicLong(Long.MAX_VALUE);
        AtomicLong lastAnswerAt = new AtomicLong();
        try (ExecutorService people = Executors.newFixedThreadPool(PEOPLE.size())) {
            for (String login : PEOPLE) {
                people.submit(() -> signInUntilRefused(port, login, outcomes, lastAnswerAt));
            }
            TimeUnit.SECONDS.sleep(3);
            terminatedAt.set(System.nanoTime());
            app.destroy();
        }
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(outcomes.getOrDefault("signed in", 0)).isPositive();
        assertThat(outcomes.keySet())
                .as("outcomes: %s", outcomes)
                .isSubsetOf("signed in", "refused", "connection closed");
        // What this checks needs a request in flight at SIGTERM; in the rare run without one there is
        // nothing to check, and the run says so instead of passing.
        assumeTrue(lastAnswerAt.get() > terminatedAt.get(), "no request was in flight when the restart began");
    }

    /** One person signing in again and again (sign-in page, then the form), until the server refuses. */
    private static void signInUntilRefused(
            int port, String login, Map<String, Integer> outcomes, AtomicLong lastAnswerAt) {
        while (true) {
            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            try {
                String page = browser.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                lastAnswerAt.accumulateAndGet(System.nanoTime(), Math::max);
                String token = page.replaceFirst("(?s).*<meta name=\"_csrf\" content=\"([^\"]+)\".*", "$1");
                String form = "username=" + login + "&password=colloquy-demo&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8);
                HttpResponse<Void> signIn = browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                String location = signIn.headers().firstValue("Location").orElse("");
                lastAnswerAt.accumulateAndGet(System.nanoTime(), Math::max);
                if (signIn.statusCode() == 302 && location.endsWith(":" + port + "/")) {
                    outcomes.merge("signed in", 1, Integer::sum);
                } else {
                    outcomes.merge(signIn.statusCode() + " " + location, 1, Integer::sum);
                }
            } catch (ConnectException refused) {
                outcomes.merge("refused", 1, Integer::sum);
                return;
            } catch (IOException closed) {
                outcomes.merge("connection closed", 1, Integer::sum);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int awaitPort(Process app) throws IOException {
        var out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        List<String> said = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(RunApp.PORT)) {
                Thread.ofVirtual().start(() -> out.lines().forEach(ignored -> {}));
                return Integer.parseInt(line.substring(RunApp.PORT.length()));
            }
            said.add(line);
        }
        throw new AssertionError("the app did not start: " + said);
    }

    @Test
    void withADrainDelayAStoppingNodeSaysItIsNotReadyWhileItStillServes() throws Exception {
        Process app = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        RunApp.class.getName(),
                        dataDir.toString(),
                        "--colloquy.shutdown.drain-delay=4s")
                .redirectErrorStream(true)
                .start();
        int port = awaitPort(app);
        HttpClient balancer = HttpClient.newHttpClient();
        assertThat(status(balancer, port, "/actuator/health/readiness")).isEqualTo(200);

        app.destroy();
        int readiness = 200;
        for (int i = 0; i < 40 && readiness == 200; i++) {
            TimeUnit.MILLISECONDS.sleep(50);
            readiness = status(balancer, port, "/actuator/health/readiness");
        }

        assertThat(readiness).as("not ready once shutdown began").isEqualTo(503);
        assertThat(status(balancer, port, "/login")).as("but still serving").isEqualTo(200);
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private static int status(HttpClient client, int port, String path) throws IOException, InterruptedException {
        return client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The whole app on a free port and its own data directory, with any further settings given. */
    static final class RunApp {
        static final String PORT = "PORT ";

        public static void main(String[] args) {
            List<String> settings = new ArrayList<>(List.of(
                    "--server.port=0",
                    "--colloquy.embedded-postgres.data-directory=" + args[0],
                    "--colloquy.demo-data=true"));
            settings.addAll(List.of(args).subList(1, args.length));
            ConfigurableApplicationContext app =
                    new SpringApplicationBuilder(Application.class).run(settings.toArray(String[]::new));
            System.out.println(PORT + app.getEnvironment().getProperty("local.server.port"));
            System.out.flush();
        }
    }
}
