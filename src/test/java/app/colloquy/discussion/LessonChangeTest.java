package app.colloquy.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every change survives the trip through the feed's text; text it does not know is ignored, not guessed. */
class LessonChangeTest {

    @Test
    void everyChangeReadsBackAsItself() {
        List<LessonChange> changes = List.of(
                new LessonChange.NotePosted(1),
                new LessonChange.ReplyPosted(2),
                new LessonChange.NoteEdited(3),
                new LessonChange.NoteDeleted(4),
                new LessonChange.HelpfulChanged(5),
                new LessonChange.NoteModerated(6),
                new LessonChange.AnswersChanged(7),
                new LessonChange.Drafting(8),
                new LessonChange.AnswersModerated(),
                new LessonChange.TextChanged(8),
                new LessonChange.Resync());
        assertThat(LessonChange.class.getPermittedSubclasses())
                .as("every kind is tried here")
                .hasSize(changes.size());
        changes.forEach(
                change -> assertThat(LessonChange.parse(change.encode())).contains(change));
    }

    @Test
    void unknownOrMalformedTextIsIgnored() {
        assertThat(LessonChange.parse("renamed:5")).isEmpty();
        assertThat(LessonChange.parse("posted:abc")).isEmpty();
        assertThat(LessonChange.parse("posted")).isEmpty();
        assertThat(LessonChange.parse("")).isEmpty();
    }
}
