package app.colloquy.platform;

import com.vaadin.flow.server.communication.StreamRequestHandler;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most so many requests at work in the application at once; the others wait their turn, in
 * order. Requests run on virtual threads (decision 0019), so nothing else bounds them: without
 * this, a burst queues at the database pool instead, whose short timeout (meant to notice an
 * outage fast) would tell people the database is unreachable when it is only busy. Waiting here
 * costs no thread. Push connections stay outside: they are long-lived, and finishing a push must
 * never wait for a request to end. So do file uploads and downloads (Vaadin's dynamic resources):
 * their length is the person's connection, and a few slow ones must not hold everyone's turn.
 */
@Configuration(proxyBeanMethods = false)
class RequestAdmission {

    private static final Logger log = LoggerFactory.getLogger(RequestAdmission.class);

    @Bean
    FilterRegistrationBean<Limit> requestAdmissionFilter(
            @Value("${colloquy.requests.at-work:0}") int atWork,
            @Value("${colloquy.requests.patience:30s}") Duration patience,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int connections,
            MeterRegistry meters) {
        Limit limit = new Limit(permits(atWork, Runtime.getRuntime().availableProcessors(), connections), patience);
        // How many requests wait for their turn: above zero for long, the server is too small.
        Gauge.builder("colloquy.requests.waiting", limit, Limit::waiting)
                .description("Requests waiting for their turn to work")
                .register(meters);
        FilterRegistrationBean<Limit> registration = new FilterRegistrationBean<>(limit);
        // Before Spring Security, whose session check reads the database too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * As configured, else 8 per core but never more than the database pool's connections: a request
     * let in beyond them would wait at the pool, whose short timeout would call a busy database
     * unreachable (seen with three nodes sharing two cores, each letting in 16).
     */
    static int permits(int configured, int cores, int connections) {
        return configured > 0 ? configured : Math.min(8 * cores, connections);
    }

    /** The filter: a fair semaphore around the rest of the chain. */
    static final class Limit extends OncePerRequestFilter {

        private final Semaphore permits;
        private final Duration patience;
        /** When a turned-away request was last logged: once a minute is enough to see overload. */
        private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - TimeUnit.MINUTES.toNanos(2));

        Limit(int permits, Duration patience) {
            this.permits = new Semaphore(permits, true);
            this.patience = patience;
        }

        /** Requests waiting for a turn now (an estimate, as the semaphore gives it). */
        int waiting() {
            return permits.getQueueLength();
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/VAADIN/push")
                    || path.startsWith("/" + StreamRequestHandler.DYN_RES_PREFIX)
                    || path.startsWith("/actuator/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean admitted;
            try {
                admitted = permits.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                admitted = false;
            }
            if (!admitted) {
                long now = System.nanoTime();
                long last = lastLogged.get();
                if (now - last > TimeUnit.MINUTES.toNanos(1) && lastLogged.compareAndSet(last, now)) {
                    log.warn(
                            "Requests waited {} s for their turn and were turned away: the server is overloaded",
                            patience.toSeconds());
                }
                response.setHeader("Retry-After", "5");
                response.sendError(
                        HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is busy. Try again in a moment.");
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                permits.release();
            }
        }
    }
}
