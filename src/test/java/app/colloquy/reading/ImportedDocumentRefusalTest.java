package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.platform.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

/** Files a teacher may pick by mistake: each is refused with a message that says what to do instead. */
class ImportedDocumentRefusalTest {

    @Test
    void aScannedPdfSaysItHasNoTextToRead() throws IOException {
        byte[] scan = pdf(document -> {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage picture = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, picture), 50, 500);
            }
        });

        assertRefused("scan.pdf", scan, "looks like a scan");
    }

    @Test
    void aPasswordProtectedPdfAsksForACopyWithoutThePassword() throws IOException {
        byte[] locked = pdf(document -> {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "reader-secret", new AccessPermission());
            document.protect(policy);
        });

        assertRefused("locked.pdf", locked, "protected by a password");
    }

    @Test
    void aPdfAsLongAsABookIsRefusedBeforeItIsRead() throws IOException {
        byte[] book = pdf(document -> {
            for (int i = 0; i <= PdfDocumentText.MAX_PAGES; i++) {
                document.addPage(new PDPage());
            }
        });

        assertRefused("book.pdf", book, "401 pages");
    }

    @Test
    void damagedOrMislabelledFilesSayTheyCannotBeRead() {
        byte[] noise = "this is not really a PDF at all".getBytes(StandardCharsets.UTF_8);

        assertRefused("article.pdf", noise, "could not be read");
        assertRefused("article.docx", noise, "not a Word document");
    }

    @Test
    void anOlderWordFileIsToldToBeSavedAsDocx() {
        assertRefused("article.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "Save as");
    }

    @Test
    void otherKindsOfFileNameWhatCanBeUploaded() {
        assertRefused(
                "slides.pptx", new byte[] {1, 2, 3}, "Upload a PDF, Word (.docx), web page (.html), .txt or .md file");
    }

    @Test
    void emptyOversizeAndNonUtf8FilesAreRefused() {
        assertRefused("article.txt", new byte[0], "empty");
        assertRefused("article.pdf", new byte[ReadingLimits.MAX_FILE_BYTES + 1], "larger than 20 MB");
        assertRefused("article.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "not UTF-8");
    }

    @Test
    void aWebPageWithOnlyMenusHasNoText() {
        byte[] page = "<html><body><nav><a href='/'>Home</a></nav><footer>© 2026</footer></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertRefused("menu.html", page, "No text was found");
    }

    @Test
    void plainTextAndMarkdownComeThroughAsTheyAre() {
        String markdown = "# Title\n\nIntro.\n\n## Part\n\nBody.";

        assertThat(ImportedDocument.lessonText("Article.MD", markdown.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(markdown);
    }

    private static void assertRefused(String fileName, byte[] content, String message) {
        assertThatThrownBy(() -> ImportedDocument.lessonText(fileName, content))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }

    private interface DocumentMaker {
        void make(PDDocument document) throws IOException;
    }

    private static byte[] pdf(DocumentMaker maker) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            maker.make(document);
            document.save(out);
            return out.toByteArray();
        }
    }
}
