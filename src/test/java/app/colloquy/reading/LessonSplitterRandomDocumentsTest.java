package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For any document, the split holds all of its text, in order, up to whitespace, and every
 * proposed lesson has a title. Documents come from a seeded generator: each seed is one test case,
 * named in the report, so a failure can be replayed with that seed.
 */
class LessonSplitterRandomDocumentsTest {

    private static final long FIRST_SEED = 20261126L;
    private static final int DOCUMENTS = 300;
    private final LessonSplitter splitter = new LessonSplitter();

    static Stream<Long> seeds() {
        return LongStream.range(FIRST_SEED, FIRST_SEED + DOCUMENTS).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void joiningTheSplitInOrderGivesBackTheText(long seed) {
        String document = new DocumentGenerator(new Random(seed)).document();

        SplitReading split = splitter.split(document);

        assertThat(LessonSplitterCorpusTest.normalise(LessonSplitterCorpusTest.joined(split)))
                .as("seed %d:%n%s", seed, document)
                .isEqualTo(LessonSplitterCorpusTest.normalise(document));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyProposedLessonHasATitle(long seed) {
        String document = new DocumentGenerator(new Random(seed)).document();

        SplitReading split = splitter.split(document);

        assertThat(split.proposedLessons())
                .as("seed %d:%n%s", seed, document)
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.heading()).isNotBlank());
    }

    /** Documents of headings (plain, Markdown, numbered, colon-ended), paragraphs, lists and fenced code. */
    private record DocumentGenerator(Random random) {

        String document() {
            String separator = pick("\n\n", "\n\n\n", "\r\n\r\n", "\n  \n", "\n");
            List<String> blocks = new ArrayList<>();
            int count = 1 + random.nextInt(40);
            for (int i = 0; i < count; i++) {
                int kind = random.nextInt(10);
                blocks.add(kind < 6 ? paragraph() : kind < 8 ? heading() : kind < 9 ? list() : code());
            }
            return String.join(separator, blocks);
        }

        private String paragraph() {
            List<String> sentences = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                sentences.add(capitalise(words(3, 25)) + pick(".", "?", "!", "…", ".”"));
            }
            return String.join(" ", sentences);
        }

        private String heading() {
            return pick("", "## ", "# ", "1. ", "IV. ") + capitalise(words(1, 7)) + pick("", ":", "");
        }

        private String list() {
            List<String> items = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                items.add("- " + word());
            }
            return "The items were:\n" + String.join("\n", items);
        }

        private String code() {
            List<String> lines = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                lines.add(word());
            }
            return "```\n# " + String.join("\n\n## ", lines) + "\n```";
        }

        private String words(int min, int max) {
            List<String> words = new ArrayList<>();
            int count = min + random.nextInt(max - min + 1);
            for (int i = 0; i < count; i++) {
                words.add(word());
            }
            return String.join(" ", words);
        }

        private String word() {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int i = 0; i < length; i++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            return word.toString();
        }

        private String pick(String... options) {
            return options[random.nextInt(options.length)];
        }

        private static String capitalise(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }
}
