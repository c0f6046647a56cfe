package app.colloquy.reading;

import app.colloquy.platform.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.jsoup.Jsoup;

/**
 * A file a teacher uploads, read into lesson text for the proposal screen: plain text and
 * Markdown as they are, PDF, Word (.docx) and web pages (.html) through their readers. Every
 * refusal says what to do instead; nothing here is saved.
 */
final class ImportedDocument {

    /** What the file chooser offers; an older Word file (.doc) is let through to be told what to do. */
    static final List<String> EXTENSIONS = List.of(".pdf", ".docx", ".doc", ".html", ".htm", ".txt", ".md");

    private ImportedDocument() {}

    static String lessonText(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content.length == 0) {
            throw new InvalidInputException("file", "problem.importedDocument.thatFileIsEmptyChoose");
        }
        if (content.length > ReadingLimits.MAX_FILE_BYTES) {
            throw new InvalidInputException("file", "problem.importedDocument.thatFileIsLargerThan");
        }
        String text;
        try {
            if (name.endsWith(".pdf")) {
                text = DocumentBlock.asLessonText(PdfDocumentText.read(content));
            } else if (name.endsWith(".docx")) {
                text = DocumentBlock.asLessonText(WordDocumentText.read(new ByteArrayInputStream(content)));
            } else if (name.endsWith(".html") || name.endsWith(".htm")) {
                // jsoup takes the encoding from a byte-order mark or the page's meta tag, else UTF-8.
                text = DocumentBlock.asLessonText(
                        WebPageText.read(Jsoup.parse(new ByteArrayInputStream(content), null, "")));
            } else if (name.endsWith(".txt") || name.endsWith(".md")) {
                text = utf8(content);
            } else if (name.endsWith(".doc")) {
                throw new InvalidInputException("file", "problem.importedDocument.thatIsAnOlderWord");
            } else {
                throw new InvalidInputException("file", "problem.importedDocument.uploadAPdfWordDocx");
            }
        } catch (NotOfficeXmlFileException notWord) {
            throw new InvalidInputException("file", "problem.importedDocument.thatFileIsNotA");
        } catch (InvalidInputException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidInputException("file", "problem.importedDocument.thatFileCouldNotBe");
        }
        if (text.isBlank()) {
            throw new InvalidInputException("file", "problem.importedDocument.noTextWasFoundIn");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > ReadingLimits.MAX_TEXT_BYTES) {
            throw new InvalidInputException("file", "problem.importedDocument.thatFileHoldsMoreThan");
        }
        return text;
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "problem.importedDocument.thatFileIsNotUtf");
        }
    }
}
