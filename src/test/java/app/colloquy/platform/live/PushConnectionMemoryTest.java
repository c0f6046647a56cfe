package app.colloquy.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.websocket.WebSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each open tab keeps a push websocket; the buffers Atmosphere gives each one and never uses
 * (48 kB a tab with Vaadin's settings) are empty in the running server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PushConnectionMemoryTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    /** The websocket Atmosphere makes for each push connection, as its JSR 356 endpoint makes it. */
    static final class PushSocket extends WebSocket {
        PushSocket(AtmosphereConfig config) {
            super(config);
        }

        int bufferedBytesAndChars() {
            return bb.capacity() + cb.capacity();
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public WebSocket write(String s) {
            return this;
        }

        @Override
        public WebSocket write(byte[] b, int offset, int length) {
            return this;
        }

        @Override
        public void close() {}
    }

    /**
     * Browsers offer to compress websocket messages; accepted, each tab's websocket would keep a
     * zlib compressor and decompressor outside the heap (99 kB at the first push, 214 kB after 60).
     */
    @Test
    void aPushWebsocketIsOpenedWithoutCompression() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String handshake = "GET /VAADIN/push?v-r=push&v-uiId=0&X-Atmosphere-Transport=websocket HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
                    + "Origin: http://localhost:" + port + "\r\n\r\n";
            socket.getOutputStream().write(handshake.getBytes(StandardCharsets.US_ASCII));
            BufferedReader response =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> head = new ArrayList<>();
            for (String line = response.readLine(); line != null && !line.isEmpty(); line = response.readLine()) {
                head.add(line);
            }
            assertThat(head).first().asString().startsWith("HTTP/1.1 101");
            assertThat(String.join("\n", head).toLowerCase(Locale.ROOT)).doesNotContain("permessage-deflate");
        }
    }

    @Test
    void aPushWebsocketHoldsNoUnusedBuffers() throws Exception {
        // A page served: the Vaadin servlet and its push set-up have started.
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        List<AtmosphereFramework> frameworks = Collections.list(servletContext.getAttributeNames()).stream()
                .map(servletContext::getAttribute)
                .filter(AtmosphereFramework.class::isInstance)
                .map(AtmosphereFramework.class::cast)
                .toList();

        assertThat(frameworks).as("Vaadin's websocket push is set up").isNotEmpty();
        for (AtmosphereFramework atmosphere : frameworks) {
            assertThat(new PushSocket(atmosphere.getAtmosphereConfig()).bufferedBytesAndChars())
                    .isZero();
            // Every push reschedules the websocket's heartbeat; a cancelled one must not stay queued.
            assertThat(atmosphere.getAtmosphereConfig().properties().get(PushConnectionMemory.SCHEDULER))
                    .isInstanceOfSatisfying(
                            ScheduledThreadPoolExecutor.class,
                            scheduler -> assertThat(scheduler.getRemoveOnCancelPolicy())
                                    .isTrue());
        }
    }
}
