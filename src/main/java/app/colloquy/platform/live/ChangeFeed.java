package app.colloquy.platform.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every app node on the database that something changed, through PostgreSQL
 * {@code pg_notify}: a notification sent inside a transaction is delivered when it commits and
 * never when it rolls back, so listeners never hear of changes that did not happen. Payloads
 * are small ("topic|detail", ids only); listeners re-read what they may see through services.
 */
@Component
public class ChangeFeed {

    static final String CHANNEL = "colloquy_changes";
    /** Detail sent to every listener after the database connection came back: re-read everything. */
    public static final String RESYNC = "resync";

    private final JdbcClient jdbc;
    private final Map<String, Set<Consumer<String>>> listeners = new ConcurrentHashMap<>();

    ChangeFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Announces a change on {@code topic}, delivered to listeners on all nodes once the current transaction commits. */
    public void publish(String topic, String detail) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", topic + "|" + detail)
                .query(Object.class)
                .single();
    }

    /** Calls {@code listener} with the detail of each change on {@code topic}, on a feed thread. */
    public Subscription subscribe(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(topic, (t, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    void deliver(String payload) {
        int bar = payload.indexOf('|');
        if (bar > 0) {
            deliver(payload.substring(0, bar), payload.substring(bar + 1));
        }
    }

    void deliverToAll(String detail) {
        listeners.keySet().forEach(topic -> deliver(topic, detail));
    }

    int listenerCount() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }

    private void deliver(String topic, String detail) {
        for (Consumer<String> listener : listeners.getOrDefault(topic, Set.of())) {
            try {
                listener.accept(detail);
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(ChangeFeed.class).warn("A change listener failed on {}", topic, e);
            }
        }
    }

    /** Stops the deliveries to one listener. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
