package app.colloquy.platform.live;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.ServletContext;
import java.util.Collections;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
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
 * </ul>
 * Measured in docs/performance.md, "Live updates".
 */
@Component
public final class PushConnectionMemory implements VaadinServiceInitListener {

    private static final String TOMCAT_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    PushConnectionMemory() {}

    /** Called before the server starts (Application loads it); a value given on the command line wins. */
    public static void configureBeforeStart() {
        if (System.getProperty(TOMCAT_BUFFER_SIZE) == null) {
            System.setProperty(TOMCAT_BUFFER_SIZE, "2048");
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
                    .forEach(atmosphere -> atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, "0"));
        }
    }
}
