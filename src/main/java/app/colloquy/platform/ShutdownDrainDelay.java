package app.colloquy.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Behind a load balancer, a stopping node should keep serving until the balancer has noticed that
 * it is no longer ready: readiness turns DOWN as soon as shutdown begins, and this waits
 * {@code colloquy.shutdown.drain-delay} (0 by default, e.g. 10s behind a balancer that checks
 * every 5 s) before the web server stops taking requests and drains the ones in flight.
 */
@Component
class ShutdownDrainDelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDrainDelay.class);
    private final Duration delay;
    private volatile boolean running;

    ShutdownDrainDelay(@Value("${colloquy.shutdown.drain-delay:0s}") Duration delay) {
        this.delay = delay;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        if (!delay.isZero()) {
            log.info("Shutting down: not ready any more, still serving for {} while the load balancer notices", delay);
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first, before the web server's graceful shutdown. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
