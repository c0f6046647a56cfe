package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pasted text may be anything, e.g. one 1 MB line of spaces after a '#'. The splitter must finish
 * on it: the limit here guards against a hang (the old heading pattern took 36 s on 1,500 spaces
 * and would take about a day on 20 kB); how fast it is, is measured in the benchmark.
 */
class LessonSplitterAdversarialTest {

    private static final int ONE_MB = ReadingLimits.MAX_TEXT_BYTES;
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private final LessonSplitter splitter = new LessonSplitter();

    static Stream<Arguments> adversarialTexts() {
        return Stream.of(
                Arguments.of(
                        "heading mark, spaces, then text", "Intro.\n\n# a" + " ".repeat(ONE_MB - 20) + "b\n\nBody."),
                Arguments.of(
                        "heading of hashes and spaces", "Intro.\n\n#" + " #".repeat(ONE_MB / 2 - 10) + "\n\nBody."),
                Arguments.of("a line of hashes", "#".repeat(ONE_MB)),
                Arguments.of("colons", "Intro:\n\n" + ":".repeat(ONE_MB - 20) + "\n- item"),
                Arguments.of("dashes and spaces", "- " + " -".repeat(ONE_MB / 2 - 2) + "\nx"),
                Arguments.of("closing quotes", "Title\n\n" + "”".repeat(ONE_MB / 3) + "a\n\nBody text."),
                Arguments.of("blank-looking lines", ("\n" + " \t".repeat(200)).repeat(ONE_MB / 401)),
                Arguments.of(
                        "numbered-looking runs", "1" + " ".repeat(ONE_MB / 2) + ". x\n\n" + "9".repeat(ONE_MB / 3)),
                Arguments.of("many one-line headings", ("# h\n\n").repeat(ONE_MB / 5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarialTexts")
    void aMegabyteOfAdversarialTextIsSplitWithoutHanging(String name, String text) {
        SplitReading split = assertTimeoutPreemptively(HANG_GUARD, () -> splitter.split(text));

        assertThat(withoutMarksAndSpaces(LessonSplitterCorpusTest.joined(split)))
                .as("no text is lost")
                .isEqualTo(withoutMarksAndSpaces(text));
    }

    /** Heading marks (opening and closing) and whitespace are layout, not text. */
    private static String withoutMarksAndSpaces(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> c != '#' && !Character.isWhitespace(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    @Test
    void markdownHeadingsKeepTheirTextAndLoseOnlyTheirMarks() {
        assertThat(LessonSplitter.markdownHeading("## Separation of powers ##").text())
                .isEqualTo("Separation of powers");
        assertThat(LessonSplitter.markdownHeading("# Programming in C#").text()).isEqualTo("Programming in C#");
        assertThat(LessonSplitter.markdownHeading("### Third level").level()).isEqualTo(3);
        assertThat(LessonSplitter.markdownHeading("#hashtag"))
                .as("no space after the marks")
                .isNull();
        assertThat(LessonSplitter.markdownHeading("####### seven"))
                .as("more than six marks")
                .isNull();
        assertThat(LessonSplitter.markdownHeading("#   ")).as("no text").isNull();
    }
}
