package app.colloquy.lti;

import app.colloquy.platform.DatabaseTrouble;
import app.colloquy.platform.FramingOrigins;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registered learning platforms' sites (their issuer's and their login page's origins) may show
 * Colloquy in their course pages' frames. Read for every page's headers, so kept for half a minute;
 * while the database cannot be reached the last sites known stay in force, so every page still gets
 * its headers (and the outage message) instead of an error.
 */
@Component
class LtiFramingOrigins implements FramingOrigins {

    private static final Duration FRESH = Duration.ofSeconds(30);

    private record Known(List<String> origins, Instant readAt) {}

    private final LtiRepository lti;
    private final Clock clock;
    private final DatabaseTrouble database;
    private volatile Known known = new Known(List.of(), Instant.MIN);

    LtiFramingOrigins(LtiRepository lti, Clock clock, DatabaseTrouble database) {
        this.lti = lti;
        this.clock = clock;
        this.database = database;
    }

    @Override
    public List<String> origins() {
        Known current = known;
        if (current.readAt().isAfter(clock.instant().minus(FRESH))) {
            return current.origins();
        }
        return database.unlessUnreachable(this::readAndKeep, current::origins);
    }

    private List<String> readAndKeep() {
        List<String> origins = lti.findPlatforms().stream()
                .flatMap(p -> Stream.of(p.issuer(), p.authLoginUrl()))
                .map(LtiFramingOrigins::origin)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        known = new Known(origins, clock.instant());
        return origins;
    }

    /**
     * After a platform is registered or removed here (other nodes follow within half a minute): the
     * sites are read again once the change is committed, since a page served before the commit
     * would read, and keep, the old ones.
     */
    void forget() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    expire();
                }
            });
        } else {
            expire();
        }
    }

    private void expire() {
        known = new Known(known.origins(), Instant.MIN);
    }

    /** scheme://host[:port], or null when the address has none (it was checked at registration). */
    private static @org.jspecify.annotations.Nullable String origin(String url) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null) {
            return null;
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
