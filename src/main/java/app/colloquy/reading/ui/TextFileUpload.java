package app.colloquy.reading.ui;

import app.colloquy.reading.ReadingLimits;
import com.vaadin.flow.component.upload.Upload;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Uploads one .txt or .md file of at most 1 MB and hands over its text. Anything else (another
 * type, a bigger file, text that is not UTF-8) gets a message saying what to do instead.
 */
class TextFileUpload extends Upload {

    private String loadedText;
    private String problem;

    TextFileUpload(Consumer<String> onText, Consumer<String> onProblem) {
        setMaxFiles(1);
        setMaxFileSize(ReadingLimits.MAX_TEXT_BYTES);
        setAcceptedFileTypes(".txt", ".md", "text/plain", "text/markdown");
        setDropAllowed(true);
        setUploadHandler(event -> {
            String result = null;
            String failure = null;
            String name = event.getFileName() == null ? "" : event.getFileName().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".txt") && !name.endsWith(".md")) {
                failure = "Upload a .txt or .md file. For a Word or PDF document, copy its text and paste it below.";
            } else {
                // Read at most one byte past the limit: a larger upload is refused without buffering it all.
                byte[] bytes;
                try (InputStream in = event.getInputStream()) {
                    bytes = in.readNBytes(ReadingLimits.MAX_TEXT_BYTES + 1);
                }
                if (bytes.length == 0) {
                    failure = "That file is empty. Choose the file that holds the article's text.";
                } else if (bytes.length > ReadingLimits.MAX_TEXT_BYTES) {
                    failure = "That file is larger than 1 MB. Import one chapter or article at a time.";
                } else {
                    try {
                        result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                    } catch (CharacterCodingException e) {
                        failure = "That file is not UTF-8 text. Save it as UTF-8 (\"Save as… Plain text, UTF-8\") and try again.";
                    }
                }
            }
            String text = result;
            String error = failure;
            event.getUI().access(() -> {
                loadedText = text;
                problem = error;
            });
        });
        addFileRejectedListener(e -> onProblem.accept(
                "Upload a .txt or .md file of at most 1 MB. For other documents, copy the text and paste it below."));
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
