package app.colloquy.platform.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address students and teachers reach Colloquy at, for every link it shows or copies (the
 * join link, the projector view, export IRIs). {@code colloquy.public-url} says it when the
 * teacher's own view of the app is not what students see (a teacher running it on their laptop
 * for a class, a school's DNS name); without it, the address of the current request, as a proxy
 * on this machine forwarded it (X-Forwarded-Proto/Host/Port).
 */
@Component
public class PublicAddress {

    private final String configured;

    PublicAddress(@Value("${colloquy.public-url:}") String configured) {
        this.configured = normalised(configured);
    }

    /** The absolute URL of {@code path} (which starts with "/"), or the path alone when nothing tells the address. */
    public String url(String path) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return url(path, request == null ? null : request.getHttpServletRequest());
    }

    /** The same, for a request outside Vaadin (an endpoint of its own). */
    public String url(String path, @Nullable HttpServletRequest request) {
        if (!configured.isEmpty()) {
            return configured + path;
        }
        return request == null
                ? path
                : ServletUriComponentsBuilder.fromContextPath(request)
                        .path(path)
                        .toUriString();
    }

    private static String normalised(String url) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException malformed) {
            uri = null;
        }
        if (uri == null
                || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null) {
            throw new IllegalStateException(
                    "colloquy.public-url must be a web address such as https://colloquy.school.example, " + "not "
                            + trimmed);
        }
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
