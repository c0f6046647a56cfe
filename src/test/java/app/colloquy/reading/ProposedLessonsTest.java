package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposedLessonsTest {

    private final ProposedLessons proposal = new ProposedLessons(List.of(
            new SplitReading.Section("One", "A1\n\nA2\n\nA3"),
            new SplitReading.Section("Two", "B1"),
            new SplitReading.Section("Three", "C1\n\nC2")));

    @Test
    void mergingKeepsBothTextsAndTheSecondHeadingInOrder() {
        proposal.mergeWithNext(0);

        assertThat(proposal.lessons())
                .containsExactly(
                        new SplitReading.Section("One", "A1\n\nA2\n\nA3\n\nTwo\n\nB1"),
                        new SplitReading.Section("Three", "C1\n\nC2"));
    }

    @Test
    void mergingARangeJoinsEveryLessonInItInOneStep() {
        proposal.mergeThrough(0, 2);

        assertThat(proposal.lessons())
                .containsExactly(new SplitReading.Section("One", "A1\n\nA2\n\nA3\n\nTwo\n\nB1\n\nThree\n\nC1\n\nC2"));
        assertThatThrownBy(() -> proposal.mergeThrough(0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void groupingByMinutesJoinsNeighboursTowardsTheLengthAskedForAndKeepsEveryWordInOrder() {
        ProposedLessons sections = new ProposedLessons(List.of(
                new SplitReading.Section("A", words("a", 150)),
                new SplitReading.Section("B", words("b", 150)),
                new SplitReading.Section("C", words("c", 300)),
                new SplitReading.Section("D", words("d", 900)),
                new SplitReading.Section("E", words("e", 100)),
                new SplitReading.Section("F", words("f", 250))));

        sections.groupByMinutes(2);

        assertThat(sections.lessons())
                .as("400 words a lesson: A+B, then C (C+D would overshoot more), D alone (longer already), E+F")
                .extracting(SplitReading.Section::heading)
                .containsExactly("A", "C", "D", "E");
        assertThat(sections.lessons())
                .extracting(lesson -> ReadingTime.minutes(lesson.body()))
                .containsExactly(2, 2, 5, 2);
        assertThat(String.join(
                        " ",
                        sections.lessons().stream()
                                .map(SplitReading.Section::body)
                                .toList()))
                .as("nothing lost or reordered; merged titles stay as paragraphs")
                .isEqualTo(String.join(
                        " ",
                        words("a", 150) + "\n\nB\n\n" + words("b", 150),
                        words("c", 300),
                        words("d", 900),
                        words("e", 100) + "\n\nF\n\n" + words("f", 250)));
        assertThatThrownBy(() -> sections.groupByMinutes(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStubLeftByGroupingJoinsTheLessonBeforeIt() {
        ProposedLessons sections = new ProposedLessons(List.of(
                new SplitReading.Section("Opening", words("a", 50)),
                new SplitReading.Section("Long", words("b", 900)),
                new SplitReading.Section("Middle", words("c", 390)),
                new SplitReading.Section("Aside", words("d", 40)),
                new SplitReading.Section("Longer", words("e", 1000)),
                new SplitReading.Section("Note", words("f", 30))));

        sections.groupByMinutes(2);

        assertThat(sections.lessons())
                .as("400 words a lesson; Opening joins the lesson after it, as it has none before")
                .extracting(SplitReading.Section::heading)
                .containsExactly("Opening", "Middle", "Longer");
        assertThat(sections.lessons().get(1).body()).isEqualTo(words("c", 390) + "\n\nAside\n\n" + words("d", 40));
        assertThat(sections.lessons().get(2).body()).endsWith("\n\nNote\n\n" + words("f", 30));
    }

    @Test
    void splittingAtSubheadingsMakesALessonOfEachPartUnderItsSubheading() {
        ProposedLessons sections = new ProposedLessons(List.of(
                new SplitReading.Section("Intro", "I1"),
                new SplitReading.Section(
                        "War",
                        "W1\n\n## Causes\n\nC1\n\n### Detail\n\nD1\n\n## Course\n\nK1\n\n## Empty\n\n## Ends\n\nE1"),
                new SplitReading.Section("Peace", "## Only heading first\n\nP1")));

        int added = sections.splitAtSubheadings();

        assertThat(added).isEqualTo(3);
        assertThat(sections.lessons())
                .as("split at the '##' level; '### Detail' stays inside; an empty '## Empty' stays; a lesson"
                        + " opening with its subheading is not split")
                .containsExactly(
                        new SplitReading.Section("Intro", "I1"),
                        new SplitReading.Section("War", "W1"),
                        new SplitReading.Section("Causes", "C1\n\n### Detail\n\nD1"),
                        new SplitReading.Section("Course", "K1\n\n## Empty"),
                        new SplitReading.Section("Ends", "E1"),
                        new SplitReading.Section("Peace", "## Only heading first\n\nP1"));
        assertThat(sections.splitAtSubheadings()).as("the '###' level now").isEqualTo(1);
    }

    @Test
    void readingTimeCountsWordsAtTwoHundredAMinute() {
        assertThat(ReadingTime.words("  One two\n\nthree\tfour  ")).isEqualTo(4);
        assertThat(ReadingTime.minutes("")).isZero();
        assertThat(ReadingTime.minutes("Short.")).isEqualTo(1);
        assertThat(ReadingTime.minutes(words("w", 1000))).isEqualTo(5);
    }

    private static String words(String word, int count) {
        return String.join(" ", Collections.nCopies(count, word));
    }

    @Test
    void splittingAtAParagraphMakesTwoLessonsWithAllTheText() {
        proposal.splitBefore(0, 2, "One, part 2");

        assertThat(proposal.lessons())
                .extracting(SplitReading.Section::heading)
                .containsExactly("One", "One, part 2", "Two", "Three");
        assertThat(proposal.lessons().get(0).body()).isEqualTo("A1\n\nA2");
        assertThat(proposal.lessons().get(1).body()).isEqualTo("A3");
    }

    @Test
    void aSplitMustFallBetweenTwoParagraphs() {
        assertThatThrownBy(() -> proposal.splitBefore(1, 1, "Nothing left"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renamingAndDroppingChangeOnlyWhatWasAskedFor() {
        proposal.rename(2, "Third part");
        proposal.remove(1);

        assertThat(proposal.lessons())
                .containsExactly(
                        new SplitReading.Section("One", "A1\n\nA2\n\nA3"),
                        new SplitReading.Section("Third part", "C1\n\nC2"));
    }
}
