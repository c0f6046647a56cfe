package app.colloquy.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock a test moves forward, for rules that depend on time (due dates). Import {@link Config}. */
public final class MovableClock extends Clock {

    private volatile Instant now = Instant.now();

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Replaces the application's clock with a movable one. */
    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        public MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
