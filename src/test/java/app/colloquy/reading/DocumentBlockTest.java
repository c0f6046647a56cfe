package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one writer every importer shares: headings as "#" marks, one block per paragraph. */
class DocumentBlockTest {

    @Test
    void aLoneTopHeadingIsTheTitleAndSectionsFollowIt() {
        String text = DocumentBlock.asLessonText(List.of(
                DocumentBlock.heading(1, "The title"),
                DocumentBlock.paragraph("Intro\nover two lines."),
                DocumentBlock.heading(2, "A section"),
                DocumentBlock.paragraph("Body.")));

        assertThat(text).isEqualTo("# The title\n\nIntro over two lines.\n\n## A section\n\nBody.");
    }

    @Test
    void topHeadingsThatComeMoreThanOnceAreSectionsNotATitle() {
        String text = DocumentBlock.asLessonText(List.of(
                DocumentBlock.heading(1, "First part"),
                DocumentBlock.paragraph("One."),
                DocumentBlock.heading(1, "Second part"),
                DocumentBlock.paragraph("Two.")));

        assertThat(text).isEqualTo("## First part\n\nOne.\n\n## Second part\n\nTwo.");
    }

    @Test
    void softHyphensStrayControlCharactersAndEmptyBlocksLeaveNoTrace() {
        String text = DocumentBlock.asLessonText(List.of(
                DocumentBlock.paragraph("nego\u00ADtiation\u0002 and\u0000 a\u00A0space"),
                DocumentBlock.paragraph(" \t "),
                DocumentBlock.heading(2, "\u0007")));

        assertThat(text).isEqualTo("negotiation and a space");
    }
}
