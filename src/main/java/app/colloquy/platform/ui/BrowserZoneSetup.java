package app.colloquy.platform.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Each new tab learns its browser's time zone (sent with the tab's first request) before any
 * screen is drawn, so the first screen after sign-in already shows times in it rather than in UTC.
 */
@Component
class BrowserZoneSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> DateTimes.learnBrowserZone(init.getUI()));
    }
}
