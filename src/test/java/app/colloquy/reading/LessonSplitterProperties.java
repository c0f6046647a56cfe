package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;


import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For any document, the split holds all of its text, in order, up to whitespace. */
class LessonSplitterProperties {

    private final LessonSplitter splitter = new LessonSplitter();

    @Property(tries = 300)
    void joiningTheSplitInOrderGivesBackTheText(@ForAll("documents") String document) {
        SplitReading split = splitter.split(document);

        assertThat(LessonSplitterCorpusTest.normalise(LessonSplitterCorpusTest.joined(split)))
                .isEqualTo(LessonSplitterCorpusTest.normalise(document));
    }

    @Property(tries = 300)
    void everyProposedLessonHasText(@ForAll("documents") String document) {
        SplitReading split = splitter.split(document);

        assertThat(split.proposedLessons()).isNotEmpty().allSatisfy(l -> assertThat(l.heading()).isNotBlank());
    }

    /** Documents of headings (plain, Markdown, numbered, colon-ended), paragraphs, lists and fenced code. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9);
        Arbitrary<String> sentence = words.list().ofMinSize(3).ofMaxSize(25)
                .map(w -> capitalise(String.join(" ", w)) + Arbitraries.of(".", "?", "!", "…", ".”").sample());
        Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(6).map(s -> String.join(" ", s));
        Arbitrary<String> heading = Combinators.combine(words.list().ofMinSize(1).ofMaxSize(7),
                        Arbitraries.of("", "## ", "# ", "1. ", "IV. "), Arbitraries.of("", ":", ""))
                .as((w, prefix, suffix) -> prefix + capitalise(String.join(" ", w)) + suffix);
        Arbitrary<String> list = words.list().ofMinSize(1).ofMaxSize(5)
                .map(items -> "The items were:\n" + String.join("\n", items.stream().map(i -> "- " + i).toList()));
        Arbitrary<String> code = words.list().ofMinSize(1).ofMaxSize(4)
                .map(lines -> "```\n# " + String.join("\n\n## ", lines) + "\n```");
        Arbitrary<String> block = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, paragraph), net.jqwik.api.Tuple.of(2, heading), net.jqwik.api.Tuple.of(1, list),
                net.jqwik.api.Tuple.of(1, code));
        Arbitrary<String> separator = Arbitraries.of("\n\n", "\n\n\n", "\r\n\r\n", "\n  \n", "\n");
        return Combinators.combine(block.list().ofMinSize(1).ofMaxSize(40), separator)
                .as((blocks, sep) -> String.join(sep, blocks));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
