package app.colloquy.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
