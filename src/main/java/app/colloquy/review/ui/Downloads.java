package app.colloquy.review.ui;

import static app.colloquy.platform.ui.Translate.tr;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Export links: the file streams from the service as it is read, the page says when it is being
 * prepared and when it is done, and the file name says class, what, and date.
 */
final class Downloads {

    /** Writes the export for the person who asked; runs in the download request. */
    interface Export {
        void write(OutputStream out) throws IOException;
    }

    private Downloads() {}

    static Anchor link(String text, String fileName, String contentType, Span status, Export export) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            UI ui = event.getUI();
            ui.access(() -> status.setText(tr("downloads.preparing", fileName)));
            try (OutputStream out = event.getOutputStream()) {
                export.write(out);
            }
            ui.access(() -> status.setText(tr("downloads.downloaded", fileName)));
        };
        Anchor link = new Anchor(handler, text);
        link.getElement().setAttribute("download", fileName);
        return link;
    }

    /** "colloquy-period-3-civics-participation-2026-11-26.csv": letters and digits only, no accents. */
    static String fileName(LocalDate date, String extension, String... parts) {
        StringBuilder name = new StringBuilder("colloquy");
        for (String part : parts) {
            String plain = Normalizer.normalize(part, Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("(^-|-$)", "");
            if (!plain.isEmpty()) {
                name.append('-').append(plain.length() > 40 ? plain.substring(0, 40) : plain);
            }
        }
        return name.append('-').append(date).append('.').append(extension).toString();
    }
}
