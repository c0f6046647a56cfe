package app.colloquy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The admission limit: requests beyond it wait their turn, and are turned away only after waiting long. */
class RequestAdmissionTest {

    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch finishFirst = new CountDownLatch(1);
    private final CountDownLatch firstAtWork = new CountDownLatch(1);

    @AfterEach
    void stop() {
        finishFirst.countDown();
        requests.shutdownNow();
    }

    @Test
    void byDefaultEightPerCoreAreLetInButNeverMoreThanTheDatabasePoolHasConnections() {
        assertThat(RequestAdmission.permits(0, 1, 10)).isEqualTo(8);
        assertThat(RequestAdmission.permits(0, 2, 10)).isEqualTo(10);
        assertThat(RequestAdmission.permits(0, 4, 40)).isEqualTo(32);
        assertThat(RequestAdmission.permits(25, 2, 10)).as("as configured").isEqualTo(25);
    }

    @Test
    void aRequestBeyondTheLimitWaitsUntilOneEndsThenRuns() throws Exception {
        RequestAdmission.Limit limit = new RequestAdmission.Limit(1, Duration.ofSeconds(10));
        requests.submit(() -> run(limit, "/classes/1", (req, res) -> {
            firstAtWork.countDown();
            finishFirst.await();
        }));
        assertThat(firstAtWork.await(5, TimeUnit.SECONDS)).isTrue();

        Future<MockHttpServletResponse> second = requests.submit(() -> run(limit, "/classes/2", (req, res) -> {}));

        await().atMost(Duration.ofSeconds(5)).until(() -> limit.waiting() == 1);
        assertThat(second).as("waits while the first is at work").isNotDone();
        finishFirst.countDown();
        assertThat(second.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    }

    @Test
    void aRequestThatWaitsLongerThanThePatienceIsTurnedAwayAsBusy() throws Exception {
        RequestAdmission.Limit limit = new RequestAdmission.Limit(1, Duration.ofMillis(200));
        requests.submit(() -> run(limit, "/classes/1", (req, res) -> {
            firstAtWork.countDown();
            finishFirst.await();
        }));
        assertThat(firstAtWork.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse second = run(limit, "/classes/2", (req, res) -> {});

        assertThat(second.getStatus()).isEqualTo(503);
        assertThat(second.getErrorMessage()).contains("busy");
        assertThat(second.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void pushConnectionsUploadsDownloadsAndHealthChecksNeverWait() throws Exception {
        RequestAdmission.Limit limit = new RequestAdmission.Limit(1, Duration.ofMillis(200));
        requests.submit(() -> run(limit, "/classes/1", (req, res) -> {
            firstAtWork.countDown();
            finishFirst.await();
        }));
        assertThat(firstAtWork.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(run(limit, "/VAADIN/push", (req, res) -> {}).getStatus()).isEqualTo(200);
        assertThat(run(limit, "/VAADIN/dynamic/resource/0/1b2c/upload", (req, res) -> {})
                        .getStatus())
                .isEqualTo(200);
        assertThat(run(limit, "/actuator/health/readiness", (req, res) -> {}).getStatus())
                .isEqualTo(200);
    }

    private static MockHttpServletResponse run(RequestAdmission.Limit limit, String path, Work work) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (req, res) -> {
            try {
                work.run(req, res);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        };
        limit.doFilter(request, response, chain);
        return response;
    }

    @FunctionalInterface
    private interface Work {
        void run(ServletRequest request, ServletResponse response) throws InterruptedException;
    }
}
