package app.colloquy.platform.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Holds one connection that LISTENs for the change feed and hands each notification to
 * {@link ChangeFeed}. When the database goes away it reconnects with a growing pause and then
 * tells every listener to re-read, since notifications sent meanwhile were lost. The connection
 * is its own, outside the pool: it never takes a slot from requests, and the pool's recovery
 * after an outage is not disturbed by a listener that keeps asking for a connection.
 */
@Component
class ChangeFeedListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeedListener.class);
    private static final int POLL_MILLIS = 250;
    private static final long MAX_PAUSE_MILLIS = 5_000;

    private final JdbcConnectionDetails database;
    private final ChangeFeed feed;
    private volatile boolean running;
    private volatile @Nullable Thread thread;
    private volatile boolean listening;

    ChangeFeedListener(JdbcConnectionDetails database, ChangeFeed feed) {
        this.database = database;
        this.feed = feed;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("change-feed-listener").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the LISTEN connection is up; for tests and health. */
    boolean listening() {
        return listening;
    }

    private void run() {
        long pause = 250;
        boolean lostBefore = false;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + ChangeFeed.CHANNEL);
                }
                listening = true;
                pause = 250;
                if (lostBefore) {
                    log.info("Change feed listening again; refreshing open screens");
                    feed.deliverToAll(ChangeFeed.RESYNC);
                    lostBefore = false;
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            feed.deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                if (!lostBefore) {
                    log.warn(
                            "Change feed lost its database connection; live updates pause until it returns ({})",
                            e.toString());
                }
                lostBefore = true;
                pause = sleep(pause);
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.getUsername());
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "colloquy change feed");
        return DriverManager.getConnection(database.getJdbcUrl(), properties);
    }

    private long sleep(long pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        return Math.min(pause * 2, MAX_PAUSE_MILLIS);
    }
}
