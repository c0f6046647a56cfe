package app.colloquy.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClosedTabLogFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void logToAList() {
        ClosedTabLogFilter filter = new ClosedTabLogFilter();
        filter.start();
        context.addTurboFilter(filter);
        logged.setContext(context);
        logged.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.DEBUG);
        root.addAppender(logged);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Request object no longer valid. This object has been cancelled",
                "Message will not be sent because the WebSocket session has been closed"
            })
    void aTabClosingDuringAnUpdateIsOneDebugLine(String closedConnection) {
        context.getLogger(ClosedTabLogFilter.PUSH_HANDLER)
                .error("Exception in push connection", new IllegalStateException(closedConnection));

        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getThrowableProxy()).isNull();
            assertThat(event.getFormattedMessage()).contains(closedConnection);
        });
    }

    @Test
    void otherPushErrorsAndOtherLoggersStayErrors() {
        context.getLogger(ClosedTabLogFilter.PUSH_HANDLER)
                .error("Exception in push connection", new IllegalStateException("something else"));
        context.getLogger("app.colloquy.Anything")
                .error(
                        "Failed",
                        new IllegalStateException("Request object no longer valid. This object has been cancelled"));

        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR, Level.ERROR);
    }
}
