package app.colloquy.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * A tab that closes while a live update is being written to it makes Vaadin's push handler log
 * "Exception in push connection" at ERROR with a 20-line stack: either Atmosphere has already
 * cancelled the request that Vaadin reads to clean up ("Request object no longer valid"), or Tomcat
 * refuses to write to the websocket that just closed ("...the WebSocket session has been closed",
 * common when screens resync after a database outage). Closing a tab is normal, so those two cases
 * become a single DEBUG line; every other push error stays an ERROR.
 * Registered in {@code logback-spring.xml}.
 */
public final class ClosedTabLogFilter extends TurboFilter {

    static final String PUSH_HANDLER = "com.vaadin.flow.server.communication.PushAtmosphereHandler";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || !PUSH_HANDLER.equals(logger.getName()) || !isCancelledRequest(t)) {
            return FilterReply.NEUTRAL;
        }
        logger.getLoggerContext()
                .getLogger(ClosedTabLogFilter.class)
                .debug("A push connection closed while an update was written to it: {}", t.getMessage());
        return FilterReply.DENY;
    }

    private static boolean isCancelledRequest(Throwable t) {
        return t instanceof IllegalStateException
                && t.getMessage() != null
                && (t.getMessage().startsWith("Request object no longer valid")
                        || t.getMessage().endsWith("because the WebSocket session has been closed"));
    }
}
