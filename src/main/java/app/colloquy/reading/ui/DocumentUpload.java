package app.colloquy.reading.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.Message;
import app.colloquy.platform.ui.ComponentTexts;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.ReadingLimits;
import com.vaadin.flow.component.upload.Upload;
import java.io.InputStream;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Uploads one reading file (PDF, Word, web page, .txt or .md) and hands over its text with the
 * headings marked. A file that cannot be used gets a message saying what to do instead. The file
 * is read on the upload's own request, so a long PDF does not hold up the page.
 */
class DocumentUpload extends Upload {

    private @Nullable String loadedText;
    private @Nullable String problem;

    DocumentUpload(LibraryService library, Consumer<String> onText, Consumer<String> onProblem) {
        setMaxFiles(1);
        setMaxFileSize(ReadingLimits.MAX_FILE_BYTES);
        setAcceptedFileTypes(LibraryService.importableFiles().toArray(String[]::new));
        setDropAllowed(true);
        setI18n(ComponentTexts.upload(tr("documentUpload.uploadFile"), tr("documentUpload.dropAPdfWordWeb")));
        setUploadHandler(event -> {
            String result = null;
            Message failure = null;
            // Read at most one byte past the limit: a larger upload is refused without buffering it all.
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(ReadingLimits.MAX_FILE_BYTES + 1);
            }
            try {
                result = library.documentText(event.getFileName(), bytes);
            } catch (InvalidInputException refused) {
                failure = refused.message();
            }
            String text = result;
            Message error = failure;
            // In the tab, where its language is known (the upload itself runs outside it).
            event.getUI().access(() -> {
                loadedText = text;
                problem = error == null ? null : tr(error);
            });
        });
        addFileRejectedListener(e -> onProblem.accept(tr("documentUpload.uploadAPdfWordDocx")));
        addAllFinishedListener(e -> {
            if (problem != null) {
                onProblem.accept(problem);
            } else if (loadedText != null) {
                onText.accept(loadedText);
            }
            loadedText = null;
            problem = null;
            clearFileList();
        });
    }
}
