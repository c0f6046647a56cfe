package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real articles, each split as a careful teacher would expect (see corpus/SOURCES.md). */
class LessonSplitterCorpusTest {

    private final LessonSplitter splitter = new LessonSplitter();

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "containment-and-cold-war-1945-1961.md",
                "cuban-missile-crisis-october-1962.txt",
                "end-of-the-cold-war-1981-1992.colon-headings.txt",
                "foundations-of-foreign-affairs-1775-1823.numbered.txt",
                "kennedy-inaugural-address-1961.txt",
                "september-1914-everyones-embassy.crlf.txt",
                "superpowers-collide-1961-1981.txt"
            })
    void splitsAsATeacherWouldExpect(String file) throws IOException {
        String text = read(file);
        JsonNode expected = new ObjectMapper().readTree(read(file.replaceAll("\\.(txt|md)$", ".expected.json")));

        SplitReading split = splitter.split(text);

        String expectedTitle =
                expected.get("title").isNull() ? "" : expected.get("title").asText();
        assertThat(split.title()).isEqualTo(expectedTitle);
        assertThat(split.sections())
                .extracting(SplitReading.Section::heading)
                .containsExactlyElementsOf(Stream.of(expected.get("sections"))
                        .flatMap(n -> n.valueStream())
                        .map(JsonNode::asText)
                        .toList());
        assertThat(!split.overview().isBlank())
                .as("has introduction")
                .isEqualTo(expected.get("has_introduction").asBoolean());
        assertThat(split.proposedLessons()).allSatisfy(l -> assertThat(l.body()).isNotBlank());
        assertThat(normalise(joined(split))).isEqualTo(normalise(text));
    }

    /** Title, introduction, then each heading and its body: the whole text, in order. */
    static String joined(SplitReading split) {
        List<String> parts = new ArrayList<>(List.of(split.title(), split.introduction()));
        split.sections().forEach(s -> parts.addAll(List.of(s.heading(), s.body())));
        return String.join("\n", parts);
    }

    /** Whitespace and Markdown heading markers are layout, not text. */
    static String normalise(String text) {
        return text.replace("\uFEFF", "")
                .replaceAll("(?m)^#{1,6}\\s+", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String read(String name) throws IOException {
        try (InputStream in = LessonSplitterCorpusTest.class.getResourceAsStream("/corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
