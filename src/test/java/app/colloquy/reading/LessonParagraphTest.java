package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule that cuts lesson text into paragraphs, with offsets the reading pane relies on. */
class LessonParagraphTest {

    @Test
    void blankLinesSeparateParagraphsAndOffsetsPointIntoTheStoredText() {
        String body = "First line\nstill first.\n\n  \t \nSecond.\n\n\n\nThird.";
        List<LessonParagraph> paragraphs = LessonParagraph.of(body);
        assertThat(paragraphs)
                .extracting(p -> p.text(body))
                .containsExactly("First line\nstill first.", "Second.", "Third.");
        assertThat(paragraphs).allMatch(p -> p.headingLevel() == 0 && p.textStart() == p.start());
        assertThat(body.substring(paragraphs.get(1).start(), paragraphs.get(1).end()))
                .isEqualTo("Second.");
    }

    @Test
    void markdownSubheadingsAreShownWithoutTheirMarksButCountedInOffsets() {
        String body =
                "Intro.\n\n### Section. 1.\n\nText.\n\n# Top\n\n####### seven is not a heading\n\n#hashtag\n\n## Two\nlines";
        List<LessonParagraph> paragraphs = LessonParagraph.of(body);
        assertThat(paragraphs)
                .extracting(p -> p.text(body))
                .containsExactly(
                        "Intro.",
                        "Section. 1.",
                        "Text.",
                        "Top",
                        "####### seven is not a heading",
                        "#hashtag",
                        "## Two\nlines");
        assertThat(paragraphs).extracting(LessonParagraph::headingLevel).containsExactly(0, 3, 0, 1, 0, 0, 0);
        LessonParagraph heading = paragraphs.get(1);
        assertThat(heading.start()).isEqualTo(body.indexOf("###"));
        assertThat(heading.textStart()).isEqualTo(body.indexOf("Section"));
    }

    @Test
    void carriageReturnsAndTrailingSpacesStayOutOfParagraphs() {
        String body = "One.  \r\n\r\nTwo.\r\n";
        assertThat(LessonParagraph.of(body)).extracting(p -> p.text(body)).containsExactly("One.", "Two.");
        assertThat(LessonParagraph.of("")).isEmpty();
        assertThat(LessonParagraph.of("\n\n  \n")).isEmpty();
    }

    @Test
    void storedTextsKeepHeadingMarksForEditing() {
        assertThat(LessonParagraph.texts("### Heading\n\nBody.")).containsExactly("### Heading", "Body.");
    }
}
