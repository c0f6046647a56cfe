package app.colloquy;

import app.colloquy.platform.backup.BackupCommand;
import app.colloquy.platform.live.PushConnectionMemory;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
// Server push for live discussion; messages from the browser still travel as XHR requests, so
// every one passes the security filters (session validity, CSRF) like any other request.
@Push(transport = Transport.WEBSOCKET_XHR)
public class Application implements AppShellConfigurator {

    static {
        // Here rather than in main, so the tests' servers (which start from this class) get it too.
        PushConnectionMemory.configureBeforeStart();
    }

    public static void main(String[] args) {
        if (BackupCommand.requested(args)) {
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(Application.class, args);
    }

    /** The tab icon (without one, browsers ask for /favicon.ico on every page and get a 404). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }
}
