package app.colloquy.platform.live;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Collections;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Less heap for each open push websocket, of which there is one per open tab:
 * <ul>
 *   <li>Tomcat gives every websocket 8 kB buffers sized once from a system property; with pushes of
 *       about 1.3 kB, 2 kB buffers cut a push connection from 134 to 97 kB. Larger pushes still go
 *       out whole, in several writes.
 *   <li>Atmosphere gives each of its websockets a byte and a char buffer of
 *       {@code org.atmosphere.websocket.bufferSize}, which Vaadin sets to 16 kB (48 kB of heap), and
 *       never reads or writes them (Atmosphere 3.0: only {@code close()} clears them). They are made
 *       empty here, after Vaadin has set up Atmosphere and before the first websocket opens.
 *   <li>Atmosphere's heartbeat is rescheduled on every push: the previous heartbeat is cancelled,
 *       and a cancelled task stays in the scheduler's queue until its time (a minute) would have
 *       come, holding its websocket's resource even after the tab closed. The shared scheduler is
 *       set to drop cancelled tasks at once.
 *   <li>Browsers offer to compress websocket messages (permessage-deflate); Tomcat accepts, and then
 *       keeps a zlib compressor and decompressor per websocket outside the heap: about 100 kB at the
 *       first push, 214 kB after 60. Pushes are about 1.3 kB, so the offer is declined (the header
 *       is dropped before Tomcat's upgrade reads it); pages and their XHR answers are unaffected.
 * </ul>
 * Measured in docs/performance.md, "Live updates".
 */
@Component
public final class PushConnectionMemory implements VaadinServiceInitListener {

    private static final String TOMCAT_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    /** Where {@code ExecutorsFactory} keeps Atmosphere's shared scheduler. */
    static final String SCHEDULER = "scheduler";

    PushConnectionMemory() {}

    /** Called before the server starts (Application loads it); a value given on the command line wins. */
    public static void configureBeforeStart() {
        if (System.getProperty(TOMCAT_BUFFER_SIZE) == null) {
            System.setProperty(TOMCAT_BUFFER_SIZE, "2048");
        }
    }

    @Bean
    static TomcatContextCustomizer pushWithoutCompression() {
        return context -> context.getPipeline().addValve(new CompressionOfferDeclined());
    }

    /** Only websocket upgrades carry the header, and Colloquy's only websockets are push connections. */
    private static final class CompressionOfferDeclined extends ValveBase {

        CompressionOfferDeclined() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            request.getCoyoteRequest().getMimeHeaders().removeHeader("Sec-WebSocket-Extensions");
            getNext().invoke(request, response);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource() instanceof VaadinServletService service) {
            ServletContext context = service.getServlet().getServletContext();
            // Vaadin keeps the framework its websocket endpoint uses among the context's attributes.
            Collections.list(context.getAttributeNames()).stream()
                    .map(context::getAttribute)
                    .filter(AtmosphereFramework.class::isInstance)
                    .map(AtmosphereFramework.class::cast)
                    .forEach(atmosphere -> {
                        atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, "0");
                        // The scheduler its heartbeats use, shared through the config (Vaadin shares
                        // Atmosphere's executors) and made when Atmosphere started.
                        if (atmosphere.getAtmosphereConfig().properties().get(SCHEDULER)
                                instanceof ScheduledThreadPoolExecutor scheduler) {
                            scheduler.setRemoveOnCancelPolicy(true);
                        }
                    });
        }
    }
}
