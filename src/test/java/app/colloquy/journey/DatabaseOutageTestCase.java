package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.platform.DatabaseTrouble;
import app.colloquy.platform.live.ChangeFeed;
import app.colloquy.testsupport.BrowserJourney;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database stops while people use the app: every screen says so within seconds, health tells
 * the load balancer, and everything works again on its own once the database is back. Run against
 * the embedded database and an external one.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class DatabaseOutageTestCase extends BrowserJourney {

    private static final LocatorAssertions.IsVisibleOptions WITHIN_SECONDS =
            new LocatorAssertions.IsVisibleOptions().setTimeout(10_000);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChangeFeed changes;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void screensSayTheDatabaseIsUnreachableWithinSecondsAndRecoverOnTheirOwn(CapturedOutput log) throws Exception {
        Path dataDirectory =
                Path.of(jdbc.sql("show data_directory").query(String.class).single());
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        try (BrowserContext teacher = newContext();
                BrowserContext visitor = newContext();
                BrowserContext student = newContext();
                ChangeFeed.Subscription live = changes.subscribe("outage-check", heard::add)) {
            Page page = teacher.newPage();
            signIn(page, "teacher", "colloquy-demo");
            Page writing = student.newPage();
            signIn(writing, "student2", "colloquy-demo");
            writing.navigate(url("/classes/1/lessons/1"));
            Locator answer = writing.getByLabel("Your answer to prompt 1");
            // The lesson is on screen before the database goes: the outage is met while writing.
            assertThat(answer).isVisible();
            Locator unsaved = writing.getByText("Not saved yet: kept in this browser until the server has it")
                    .first();
            Page signInPage = visitor.newPage();

            signInPage.navigate(url("/login"));
            signInPage.getByLabel("Login name").fill("student1");
            signInPage
                    .getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill("colloquy-demo");

            List<String> postgres = stop(dataDirectory);
            // The first action of the outage: a sign-in touches the database several times (throttle,
            // account); the person must hear about it after one wait for the pool (2.5 s), not one per touch.
            long start = System.nanoTime();
            signInPage
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            assertThat(signInPage.getByText(DatabaseTrouble.MESSAGE)).isVisible(WITHIN_SECONDS);
            Duration firstAction = Duration.ofNanos(System.nanoTime() - start);
            System.out.println("Outage: the first action's message appeared after " + firstAction.toMillis() + " ms");
            assertThat(firstAction).as("one wait for the pool, not several").isLessThan(Duration.ofMillis(5_000));
            start = System.nanoTime();
            page.navigate(url("/classes/1"));
            assertThat(page.getByText(DatabaseTrouble.MESSAGE)).isVisible(WITHIN_SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("known outage: no wait at all")
                    .isLessThan(Duration.ofSeconds(3));
            answer.pressSequentially("Typed while the database was away.");
            assertThat(unsaved).isVisible();
            assertThat(teacher.request().get(url("/actuator/health/readiness")).status())
                    .isEqualTo(503);
            assertThat(teacher.request().get(url("/actuator/health/liveness")).status())
                    .isEqualTo(200);

            restart(postgres);
            // PostgreSQL takes a moment to accept connections again; readiness says when (as it
            // tells a load balancer), and then every page works without a restart of the app.
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> teacher.request()
                                    .get(url("/actuator/health/readiness"))
                                    .status()
                            == 200);
            page.navigate(url("/classes/1"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Demo class")))
                    .isVisible(WITHIN_SECONDS);
            // What the student typed meanwhile is sent by itself, without typing again.
            assertThat(unsaved).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(15_000));
            assertThat(writing.locator(".answer-status").first()).containsText("Draft saved");
            writing.reload();
            assertThat(writing.getByLabel("Your answer to prompt 1")).hasValue("Typed while the database was away.");
            assertThat(teacher.request().get(url("/actuator/health/readiness")).status())
                    .isEqualTo(200);

            // Live updates: the feed listens again and tells open screens to re-read what they missed.
            assertThat(heard.poll(20, TimeUnit.SECONDS)).isEqualTo(ChangeFeed.RESYNC);
            changes.publish("outage-check", "after");
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo("after");
        }
        assertThat(log.getAll())
                .as("the log tells the operator, without stack traces")
                .contains("The database cannot be reached", "The database is reachable again")
                .doesNotContain("\tat org.", " ERROR ");
    }

    /**
     * Stops PostgreSQL as an operator would (fast shutdown): every connection is closed. Returns
     * its command line, to start it again the same way.
     */
    private static List<String> stop(Path dataDirectory) throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .getFirst()
                .trim());
        ProcessHandle handle = ProcessHandle.of(postmaster).orElseThrow();
        List<String> commandLine =
                new ArrayList<>(List.of(handle.info().command().orElseThrow()));
        commandLine.addAll(List.of(handle.info().arguments().orElseThrow()));
        assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(postmaster))
                        .start()
                        .waitFor())
                .isZero();
        handle.onExit().get(30, TimeUnit.SECONDS);
        return commandLine;
    }

    /**
     * Starts it again with the same command line (as root under {@code unshare -U}, as zonky does,
     * since PostgreSQL refuses to run as root); the app's own shutdown stops it at the end.
     */
    private static void restart(List<String> commandLine) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(commandLine);
        try {
            new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start PostgreSQL again: " + command, e);
        }
    }
}
