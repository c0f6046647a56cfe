package app.colloquy.platform.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Counts the app's open browser tabs (Vaadin UIs) on this node, as the metric {@code colloquy.ui.open}. */
@Component
class OpenScreens implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    OpenScreens(MeterRegistry meters) {
        Gauge.builder("colloquy.ui.open", open, AtomicInteger::get)
                .description("Browser tabs showing the app on this node")
                .register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            open.incrementAndGet();
            init.getUI().addDetachListener(detach -> open.decrementAndGet());
        });
    }
}
