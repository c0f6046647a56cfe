package app.colloquy.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.reading.ReadingLimits;
import app.colloquy.testsupport.BrowserJourney;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Files a teacher should not have uploaded get a message, and the server logs no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class UploadProblemsIT extends BrowserJourney {

    @Test
    void anEmptyFileGetsAMessageAndAnOversizedPostedOneNoStackTrace(CapturedOutput output) {
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, "teacher", "colloquy-demo");
            page.navigate(url("/library/import"));
            page.locator("input[type=file]").setInputFiles(new FilePayload("empty.md", "text/markdown", new byte[0]));
            assertThat(page.getByText("That file is empty.")).isVisible();

            String target = page.locator("vaadin-upload").getAttribute("target");
            byte[] oversized = "a".repeat(ReadingLimits.MAX_FILE_BYTES + 1).getBytes(StandardCharsets.US_ASCII);
            APIResponse multipart = context.request()
                    .post(
                            url("/" + target),
                            RequestOptions.create()
                                    .setMultipart(FormData.create()
                                            .set("file", new FilePayload("big.md", "text/markdown", oversized))));
            APIResponse raw = context.request()
                    .post(
                            url("/" + target),
                            RequestOptions.create()
                                    .setHeader("Content-Type", "text/markdown")
                                    .setData(oversized));

            assertThat(multipart.status()).isLessThan(500);
            assertThat(raw.status()).isLessThan(500);
            assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("FileSizeLimitExceededException");
        }
    }
}
