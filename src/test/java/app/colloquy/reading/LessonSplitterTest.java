package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonSplitterTest {

    private final LessonSplitter splitter = new LessonSplitter();

    @Test
    void theSeedGivesItsTitleIntroductionAndThreeSections() throws IOException {
        SplitReading split = splitter.split(seed());

        assertThat(split.title()).isEqualTo("Trump-Putin Meetings: A Detailed Look");
        assertThat(split.introduction()).startsWith("In this article, we delve into")
                .endsWith("their lasting consequences.");
        assertThat(split.sections()).extracting(SplitReading.Section::heading).containsExactly(
                "Examining the Initial Interactions: President Trump Putin Meeting",
                "The Key Meetings: Syria, Ukraine and Election Interference",
                "Impacts and Aftermath: International Relations, US Foreign Policy");
        assertThat(split.sections()).allSatisfy(s -> assertThat(s.body().split("\n\n")).hasSize(2));
    }

    @Test
    void splittingTheSeedLosesDuplicatesAndReordersNothing() throws IOException {
        String seed = seed();
        SplitReading split = splitter.split(seed);

        List<String> parts = new ArrayList<>(List.of(split.title(), split.introduction()));
        split.sections().forEach(s -> parts.addAll(List.of(s.heading(), s.body())));
        assertThat(normalise(String.join("\n\n", parts))).isEqualTo(normalise(seed));
    }

    @Test
    void markdownHeadingsStartSections() {
        SplitReading split = splitter.split("# Title\n\nIntro text.\n\n## First\n\nBody one.\n\n## Second\n\nBody two.\n");

        assertThat(split.title()).isEqualTo("Title");
        assertThat(split.introduction()).isEqualTo("Intro text.");
        assertThat(split.sections()).containsExactly(
                new SplitReading.Section("First", "Body one."),
                new SplitReading.Section("Second", "Body two."));
    }

    @Test
    void aLineEndingInSentencePunctuationIsNotAHeading() {
        SplitReading split = splitter.split("Title\n\nShort line.\n\nA paragraph of body text follows here.");

        assertThat(split.sections()).isEmpty();
        assertThat(split.introduction()).isEqualTo("Short line.\n\nA paragraph of body text follows here.");
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String seed() throws IOException {
        try (InputStream in = LessonSplitterTest.class.getResourceAsStream("/demo/trump-putin-meetings.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
