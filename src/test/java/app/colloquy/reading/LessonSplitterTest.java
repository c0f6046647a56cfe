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
        assertThat(split.introduction())
                .startsWith("In this article, we delve into")
                .endsWith("their lasting consequences.");
        assertThat(split.sections())
                .extracting(SplitReading.Section::heading)
                .containsExactly(
                        "Examining the Initial Interactions: President Trump Putin Meeting",
                        "The Key Meetings: Syria, Ukraine and Election Interference",
                        "Impacts and Aftermath: International Relations, US Foreign Policy");
        assertThat(split.sections())
                .allSatisfy(s -> assertThat(s.body().split("\n\n")).hasSize(2));
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
        SplitReading split =
                splitter.split("# Title\n\nIntro text.\n\n## First\n\nBody one.\n\n## Second\n\nBody two.\n");

        assertThat(split.title()).isEqualTo("Title");
        assertThat(split.introduction()).isEqualTo("Intro text.");
        assertThat(split.sections())
                .containsExactly(
                        new SplitReading.Section("First", "Body one."),
                        new SplitReading.Section("Second", "Body two."));
    }

    @Test
    void aLineEndingInSentencePunctuationIsNotAHeading() {
        SplitReading split = splitter.split("Title\n\nShort line.\n\nA paragraph of body text follows here.");

        assertThat(split.sections()).isEmpty();
        assertThat(split.introduction()).isEqualTo("Short line.\n\nA paragraph of body text follows here.");
    }

    @Test
    void nestedMarkdownHeadingsStayInsideTheirSection() {
        SplitReading split = splitter.split("""
                # The Constitution

                A short overview.

                ## Article I

                The legislative branch.

                ### Section 8

                The powers of Congress.

                ## Article II

                The executive branch.
                """);

        assertThat(split.sections())
                .extracting(SplitReading.Section::heading)
                .containsExactly("Article I", "Article II");
        assertThat(split.sections().getFirst().body())
                .isEqualTo("The legislative branch.\n\n### Section 8\n\nThe powers of Congress.");
    }

    @Test
    void aLongArticleOfManyParagraphsKeepsEveryParagraphInOrder() {
        StringBuilder text = new StringBuilder("A Long History of Treaties\n\nWhy treaties matter to a republic.\n\n");
        for (int section = 1; section <= 12; section++) {
            text.append("Era ").append(section).append(" of Treaty Making\n\n");
            for (int p = 1; p <= 10; p++) {
                text.append("Paragraph ")
                        .append(section)
                        .append('.')
                        .append(p)
                        .append(" explains what the negotiators agreed and why the Senate consented.\n\n");
            }
        }
        SplitReading split = splitter.split(text.toString());

        assertThat(split.sections()).hasSize(12);
        assertThat(split.sections())
                .allSatisfy(s -> assertThat(s.body().split("\n\n")).hasSize(10));
        assertThat(split.sections().get(11).body())
                .startsWith("Paragraph 12.1 ")
                .endsWith("Paragraph 12.10 explains what the negotiators agreed and why the Senate consented.");
    }

    @Test
    void aTextWithoutHeadingsIsOneLessonNamedByItsTitle() {
        SplitReading split = splitter.split(
                "Letter from Birmingham Jail\n\nWhile confined here I came across your statement.\n\nI think I should indicate why I am here.");

        assertThat(split.sections()).isEmpty();
        assertThat(split.proposedLessons()).singleElement().satisfies(lesson -> {
            assertThat(lesson.heading()).isEqualTo("Letter from Birmingham Jail");
            assertThat(lesson.body()).startsWith("While confined").endsWith("why I am here.");
        });
    }

    @Test
    void aColonEndedLineIntroducingAListIsNotAHeading() {
        SplitReading split = splitter.split("""
                Title

                Intro paragraph that is long enough to read as body text for this test.

                The First Part

                The staff consisted of:

                - a chief clerk
                - three clerks

                The rest of the part goes on in a paragraph of body text.
                """);

        assertThat(split.sections()).extracting(SplitReading.Section::heading).containsExactly("The First Part");
    }

    @Test
    void markdownHeadingsRightAboveTheirTextAndFencedCodeAreUnderstood() {
        SplitReading split = splitter.split("""
                # Field guide
                How to use this guide.
                ## Setting up
                Install the tools:
                ```
                # this comment is code, not a heading
                make install
                ```
                ## Going out
                Take water.
                """);

        assertThat(split.title()).isEqualTo("Field guide");
        assertThat(split.introduction()).isEqualTo("How to use this guide.");
        assertThat(split.sections())
                .extracting(SplitReading.Section::heading)
                .containsExactly("Setting up", "Going out");
        assertThat(split.sections().getFirst().body()).contains("# this comment is code, not a heading");
    }

    @Test
    void aTitleTypedRightAboveTheTextIsStillTheTitle() {
        SplitReading split = splitter.split("""
                THE DECLARATION OF INDEPENDENCE
                In Congress, July 4, 1776

                When in the Course of human events, it becomes necessary for one people to dissolve the bands.

                GRIEVANCES

                He has refused his Assent to Laws, the most wholesome and necessary for the public good.
                """);

        assertThat(split.title()).isEqualTo("THE DECLARATION OF INDEPENDENCE");
        assertThat(split.introduction()).startsWith("In Congress, July 4, 1776");
        assertThat(split.sections()).extracting(SplitReading.Section::heading).containsExactly("GRIEVANCES");
    }

    @Test
    void aHardWrappedFirstParagraphIsNotMistakenForATitle() {
        SplitReading split = splitter.split("""
                We the People of the United States, in Order to form a more perfect
                Union, establish Justice, insure domestic Tranquility, provide for the
                common defence, promote the general Welfare, and secure the Blessings.
                """);

        assertThat(split.title()).isEmpty();
        assertThat(split.proposedLessons())
                .singleElement()
                .satisfies(l -> assertThat(l.body()).startsWith("We the People"));
    }

    @Test
    void aSalutationEndingInAColonIsNotATitle() {
        SplitReading split = splitter.split(
                "My fellow citizens:\n\nWe meet today in a time of testing for the republic and its people.");

        assertThat(split.title()).isEmpty();
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
