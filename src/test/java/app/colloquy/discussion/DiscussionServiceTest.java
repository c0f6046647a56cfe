package app.colloquy.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.account.Account;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.Message;
import app.colloquy.platform.NotFoundException;
import app.colloquy.reading.LessonEditImpact;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.ReadingDraft;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The discussion on real PostgreSQL: visibility on every read path, class scoping, threads and tags. */
@IntegrationTest
class DiscussionServiceTest {

    @Autowired
    DiscussionService discussion;

    @Autowired
    DiscussionFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    LibraryService library;

    Account teacher;
    Account ana;
    Account ben;
    DiscussionFixtures.Lesson lesson;

    @BeforeEach
    void classWithLesson() {
        teacher = accounts.createTeacher("teacher");
        ana = accounts.create("ana");
        ben = accounts.create("ben");
        lesson = fixtures.assignedLesson(teacher, ana, ben);
    }

    @Test
    void eachVisibilityReachesExactlyItsReaders() {
        as(ana, () -> fixtures.annotate(lesson, "water", "Class note", Visibility.CLASS));
        as(ana, () -> fixtures.annotate(lesson, "sea", "Only mine", Visibility.PRIVATE));
        as(ana, () -> fixtures.annotate(lesson, "rain", "For the teacher", Visibility.TEACHERS));

        assertThat(bodies(ana)).containsExactly("Class note", "Only mine", "For the teacher");
        assertThat(bodies(ben)).containsExactly("Class note");
        assertThat(bodies(teacher)).containsExactly("Class note", "For the teacher");
    }

    @Test
    void threadsComeInTextOrderWithTheirQuotes() {
        as(ben, () -> fixtures.annotate(lesson, "rivers.", "Last", Visibility.CLASS));
        as(ana, () -> fixtures.annotate(lesson, "Rivers carry", "First", Visibility.CLASS));
        Discussion seen = as(ana, () -> discussion.discussion(lesson.classId(), lesson.lessonId()));
        assertThat(seen.threads()).extracting(t -> t.root().quote()).containsExactly("Rivers carry", "rivers.");
        assertThat(seen.threads().getFirst().root().start()).isZero();
        assertThat(seen.threads().getFirst().root().mine()).isTrue();
        assertThat(seen.threads().get(1).root().authorName()).isEqualTo(ben.displayName());
    }

    @Test
    void theSameLessonInAnotherClassHasItsOwnDiscussion() {
        Account carl = accounts.create("carl");
        long otherClass = fixtures.alsoAssignElsewhere(lesson, accounts.createTeacher("other"), carl);
        as(ana, () -> fixtures.annotate(lesson, "water", "Here", Visibility.CLASS));
        DiscussionFixtures.Lesson elsewhere =
                new DiscussionFixtures.Lesson(otherClass, lesson.readingId(), lesson.lessonId(), lesson.teacher());
        as(carl, () -> fixtures.annotate(elsewhere, "water", "There", Visibility.CLASS));

        assertThat(bodies(ana)).containsExactly("Here");
        assertThat(as(carl, () -> discussion.discussion(otherClass, lesson.lessonId()))
                        .threads())
                .extracting(t -> t.root().body())
                .containsExactly("There");
        long hereNote = as(ana, () -> discussion.discussion(lesson.classId(), lesson.lessonId()))
                .threads()
                .getFirst()
                .root()
                .id();
        assertThatThrownBy(() -> as(carl, () -> discussion.reply(hereNote, "Sneaking in")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void repliesJoinTheThreadAndInheritItsVisibility() {
        long note = as(ana, () -> fixtures.annotate(lesson, "water", "For the teacher", Visibility.TEACHERS));
        as(teacher, () -> discussion.reply(note, "Good catch"));
        NoteThread thread = as(ana, () -> discussion.discussion(lesson.classId(), lesson.lessonId()))
                .threads()
                .getFirst();
        assertThat(thread.replies()).extracting(Note::body).containsExactly("Good catch");
        assertThat(thread.replies().getFirst().authorIsTeacher()).isTrue();
        assertThat(thread.replies().getFirst().visibility()).isEqualTo(Visibility.TEACHERS);
        assertThat(bodies(ben)).isEmpty();
    }

    @Test
    void aDeletedNoteWithRepliesLeavesAPlaceholderAndWithoutRepliesDisappears() {
        long answered = as(ana, () -> fixtures.annotate(lesson, "water", "Answered", Visibility.CLASS));
        long alone = as(ana, () -> fixtures.annotate(lesson, "sea", "Alone", Visibility.CLASS));
        as(ben, () -> discussion.reply(answered, "A reply"));
        as(ana, () -> run(() -> discussion.delete(answered)));
        as(ana, () -> run(() -> discussion.delete(alone)));

        List<NoteThread> threads = as(ben, () -> discussion.discussion(lesson.classId(), lesson.lessonId()))
                .threads();
        assertThat(threads).hasSize(1);
        assertThat(threads.getFirst().root().deleted()).isTrue();
        assertThat(threads.getFirst().root().body()).isNull();
        assertThat(threads.getFirst().replies()).extracting(Note::body).containsExactly("A reply");
        assertThat(threads.getFirst().root().actions().reply())
                .as("the thread goes on under its placeholder")
                .isTrue();
        as(ben, () -> discussion.reply(answered, "The thread goes on"));
        assertThat(as(ana, () -> discussion.discussion(lesson.classId(), lesson.lessonId()))
                        .threads()
                        .getFirst()
                        .replies())
                .extracting(Note::body)
                .containsExactly("A reply", "The thread goes on");
        assertThatThrownBy(() -> as(ben, () -> discussion.reply(alone, "To a note gone without replies")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void editsAreMarkedAndTeachersKeepTheEarlierText() {
        long note = as(ana, () -> fixtures.annotate(lesson, "water", "First thought", Visibility.CLASS));
        as(ana, () -> run(() -> discussion.edit(note, "Second thought")));
        Note seen = as(ben, () -> discussion.discussion(lesson.classId(), lesson.lessonId()))
                .threads()
                .getFirst()
                .root();
        assertThat(seen.body()).isEqualTo("Second thought");
        assertThat(seen.edited()).isTrue();
        assertThat(as(teacher, () -> discussion.earlierTexts(note)))
                .extracting(EarlierText::body)
                .containsExactly("First thought");
        assertThatThrownBy(() -> as(ben, () -> discussion.earlierTexts(note))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(ben, () -> run(() -> discussion.edit(note, "Not yours"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void helpfulCountsOnePerPersonAndNeverOnYourOwn() {
        long note = as(ana, () -> fixtures.annotate(lesson, "water", "Helpful?", Visibility.CLASS));
        as(ben, () -> run(() -> discussion.setHelpful(note, true)));
        as(ben, () -> run(() -> discussion.setHelpful(note, true)));
        as(teacher, () -> run(() -> discussion.setHelpful(note, true)));
        Note seen = as(ben, () -> discussion.discussion(lesson.classId(), lesson.lessonId()))
                .threads()
                .getFirst()
                .root();
        assertThat(seen.helpfulCount()).isEqualTo(2);
        assertThat(seen.helpfulByMe()).isTrue();
        assertThatThrownBy(() -> as(ana, () -> run(() -> discussion.setHelpful(note, true))))
                .isInstanceOf(InvalidInputException.class);
        as(ben, () -> run(() -> discussion.setHelpful(note, false)));
        assertThat(as(ana, () -> discussion.discussion(lesson.classId(), lesson.lessonId()))
                        .threads()
                        .getFirst()
                        .root()
                        .helpfulCount())
                .isEqualTo(1);
    }

    @Test
    void badBodiesAndSelectionsAreRefusedWithAMessage() {
        assertThatThrownBy(() -> as(ana, () -> fixtures.annotate(lesson, "water", "   ", Visibility.CLASS)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Write something");
        assertThatThrownBy(() -> as(ana, () -> fixtures.annotate(lesson, "water", "x".repeat(5001), Visibility.CLASS)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("5,000")
                .hasMessageContaining("5,001");
        assertThatThrownBy(() -> as(ana, () -> fixtures.select(lesson, "\n\n")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("only spaces");
        assertThatThrownBy(
                        () -> as(ana, () -> discussion.select(lesson.classId(), lesson.lessonId(), 1, 0, 6, "Oceans")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Reload");
        assertThat(bodies(ana)).isEmpty();
    }

    @Test
    void aSelectionIsWidenedToWholeCharactersAndWordsAndTrimmed() {
        DiscussionFixtures.Lesson emoji = fixtures.assignedLesson(teacher, "Wave 👋🏽 hello and café.", ana);
        // "👋🏽" is 4 UTF-16 units; the selection starts inside the first surrogate pair and ends before the modifier.
        Selection selection = as(ana, () -> discussion.select(emoji.classId(), emoji.lessonId(), 1, 6, 7, "\uDC4B"));
        assertThat(selection.quote()).isEqualTo("👋🏽");
        Selection trimmed = as(ana, () -> discussion.select(emoji.classId(), emoji.lessonId(), 1, 4, 10, " 👋🏽 "));
        assertThat(trimmed.quote()).isEqualTo("👋🏽");
        assertThat(trimmed.start()).isEqualTo(5);
        int inside = "Wave 👋🏽 hello and caf".length();
        Selection words =
                as(ana, () -> discussion.select(emoji.classId(), emoji.lessonId(), 1, inside - 2, inside + 1, "afé"));
        assertThat(words.quote())
                .as("a selection inside words quotes the whole words")
                .isEqualTo("café");
        Selection across = as(ana, () -> discussion.select(emoji.classId(), emoji.lessonId(), 1, 13, 19, "lo and"));
        assertThat(across.quote()).isEqualTo("hello and");
    }

    @Test
    void archivedClassesCanBeReadButNotChanged() {
        long note = as(ana, () -> fixtures.annotate(lesson, "water", "Before archiving", Visibility.CLASS));
        as(teacher, () -> run(() -> classrooms.setArchived(lesson.classId(), true)));
        assertThat(bodies(ben)).containsExactly("Before archiving");
        assertThat(as(ben, () -> discussion.discussion(lesson.classId(), lesson.lessonId()))
                        .canWrite())
                .isFalse();
        assertThatThrownBy(() -> as(ben, () -> discussion.reply(note, "Too late")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(ana, () -> fixtures.annotate(lesson, "sea", "Too late", Visibility.CLASS)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void removedStudentsLoseAccessAtOnceButTheirNotesStay() {
        as(ben, () -> fixtures.annotate(lesson, "water", "Ben's note", Visibility.CLASS));
        as(teacher, () -> run(() -> classrooms.removeStudent(lesson.classId(), ben.id())));
        assertThatThrownBy(() -> bodies(ben)).isInstanceOf(NotFoundException.class);
        assertThat(bodies(ana)).containsExactly("Ben's note");
    }

    @Test
    void tagsCanBeRenamedAddedAndRemovedWithoutLosingAnnotations() {
        List<Tag> tags = as(teacher, () -> discussion.tags(lesson.classId()));
        assertThat(tags)
                .extracting(Tag::name)
                .containsExactly("Question", "Claim", "Evidence", "Connection", "Confusing");
        long question = tags.getFirst().id();
        Selection selection = as(ana, () -> fixtures.select(lesson, "water"));
        as(
                ana,
                () -> discussion.annotate(
                        lesson.classId(),
                        lesson.lessonId(),
                        new NewAnnotation(
                                selection.textVersion(),
                                selection.start(),
                                selection.end(),
                                selection.quote(),
                                "Why?",
                                question,
                                Visibility.CLASS)));

        as(teacher, () -> run(() -> discussion.renameTag(question, "Wondering")));
        assertThat(as(ana, () -> discussion.discussion(lesson.classId(), lesson.lessonId()))
                        .threads()
                        .getFirst()
                        .root()
                        .tag())
                .isEqualTo("Wondering");
        as(teacher, () -> run(() -> discussion.removeTag(question)));
        Discussion after = as(ana, () -> discussion.discussion(lesson.classId(), lesson.lessonId()));
        assertThat(after.threads()).extracting(t -> t.root().body()).containsExactly("Why?");
        assertThat(after.threads().getFirst().root().tag()).isNull();
        assertThat(after.tags()).extracting(Tag::name).doesNotContain("Wondering");
        assertThatThrownBy(() -> as(teacher, () -> discussion.addTag(lesson.classId(), "claim")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already");
        assertThat(as(teacher, () -> discussion.addTag(lesson.classId(), "Prediction"))
                        .name())
                .isEqualTo("Prediction");
        assertThatThrownBy(() -> as(
                        ana,
                        () -> discussion.annotate(
                                lesson.classId(),
                                lesson.lessonId(),
                                new NewAnnotation(
                                        selection.textVersion(),
                                        selection.start(),
                                        selection.end(),
                                        selection.quote(),
                                        "Removed tag",
                                        question,
                                        Visibility.CLASS))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void editingTheLessonMovesAnnotationsAndKeepsTheUnplaceableAsOrphans() {
        as(ana, () -> fixtures.annotate(lesson, "carry water", "Moves", Visibility.CLASS));
        as(ben, () -> fixtures.annotate(lesson, "gives it back as rain", "Loses its words", Visibility.PRIVATE));
        String edited = "In spring, rivers carry water to the sea.\n\nClouds form over it.";
        assertThat(as(teacher, () -> discussion.tags(lesson.classId()))).isNotEmpty();
        ReadingDraft.Lesson draft = as(teacher, () -> library.readingForEditing(lesson.readingId()))
                .lessons()
                .getFirst();

        String impact = as(teacher, () -> editImpact(draft.id(), edited));
        assertThat(impact).contains("2 annotations").contains("1 move").contains("1 cannot be placed");
        as(teacher, () -> library.updateLesson(draft.id(), draft.revision(), draft.title(), edited));

        Discussion forAna = as(ana, () -> discussion.discussion(lesson.classId(), lesson.lessonId()));
        Note moved = forAna.threads().getFirst().root();
        assertThat(edited.substring(moved.start(), moved.end())).isEqualTo("carry water");
        Discussion forBen = as(ben, () -> discussion.discussion(lesson.classId(), lesson.lessonId()));
        assertThat(forBen.orphans()).extracting(t -> t.root().quote()).containsExactly("gives it back as rain");
        assertThat(forBen.orphans().getFirst().root().start()).isNull();
        assertThat(forAna.orphans()).isEmpty();
    }

    @Test
    void notesTheirAuthorsDeletedAreNotCountedWhenTheTextIsEditedButADeletedNoteWithRepliesStillMoves() {
        long gone = as(ana, () -> fixtures.annotate(lesson, "carry water", "Deleted soon", Visibility.CLASS));
        long answered =
                as(ana, () -> fixtures.annotate(lesson, "feeds the rivers", "Deleted, but answered", Visibility.CLASS));
        as(ben, () -> discussion.reply(answered, "A reply that stays"));
        as(ana, () -> run(() -> discussion.delete(gone)));
        as(ana, () -> run(() -> discussion.delete(answered)));
        String edited = "A new first line.\n\n" + DiscussionFixtures.TEXT;
        ReadingDraft.Lesson draft = as(teacher, () -> library.readingForEditing(lesson.readingId()))
                .lessons()
                .getFirst();

        assertThat(as(teacher, () -> editImpact(draft.id(), edited))).startsWith("1 annotation in this lesson: 1 move");
        as(teacher, () -> library.updateLesson(draft.id(), draft.revision(), draft.title(), edited));
        NoteThread thread = as(ben, () -> discussion.discussion(lesson.classId(), lesson.lessonId()))
                .threads()
                .getFirst();
        assertThat(thread.root().deleted()).isTrue();
        assertThat(edited.substring(thread.root().start(), thread.root().end())).isEqualTo("feeds the rivers");
    }

    @Test
    void anAnnotationComposedOnTheOldTextLandsOnTheSameWordsInTheNew() {
        Selection before = as(ana, () -> fixtures.select(lesson, "feeds the rivers"));
        ReadingDraft.Lesson draft = as(teacher, () -> library.readingForEditing(lesson.readingId()))
                .lessons()
                .getFirst();
        String edited = "A new first line.\n\n" + DiscussionFixtures.TEXT;
        as(teacher, () -> library.updateLesson(draft.id(), draft.revision(), draft.title(), edited));

        as(
                ana,
                () -> discussion.annotate(
                        lesson.classId(),
                        lesson.lessonId(),
                        new NewAnnotation(
                                before.textVersion(),
                                before.start(),
                                before.end(),
                                before.quote(),
                                "Composed meanwhile",
                                null,
                                Visibility.CLASS)));
        Note note = as(ana, () -> discussion.discussion(lesson.classId(), lesson.lessonId()))
                .threads()
                .getFirst()
                .root();
        assertThat(edited.substring(note.start(), note.end())).isEqualTo("feeds the rivers");

        Selection gone = as(ana, () -> fixtures.select(lesson, "A new first line."));
        String rewritten = DiscussionFixtures.TEXT;
        ReadingDraft.Lesson again = as(teacher, () -> library.readingForEditing(lesson.readingId()))
                .lessons()
                .getFirst();
        as(teacher, () -> library.updateLesson(again.id(), again.revision(), again.title(), rewritten));
        assertThatThrownBy(() -> as(
                        ana,
                        () -> discussion.annotate(
                                lesson.classId(),
                                lesson.lessonId(),
                                new NewAnnotation(
                                        gone.textVersion(),
                                        gone.start(),
                                        gone.end(),
                                        gone.quote(),
                                        "Words now gone",
                                        null,
                                        Visibility.CLASS))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Reload");
    }

    @Autowired
    List<LessonEditImpact> impacts;

    private String editImpact(long lessonId, String text) {
        return impacts.stream()
                .map(i -> i.describe(lessonId, text))
                .flatMap(Optional::stream)
                .findFirst()
                .map(Message::english)
                .orElse("");
    }

    private List<String> bodies(Account viewer) {
        Function<Discussion, List<String>> bodies =
                d -> d.threads().stream().map(t -> t.root().body()).toList();
        return bodies.apply(as(viewer, () -> discussion.discussion(lesson.classId(), lesson.lessonId())));
    }

    private <T> T as(Account account, Supplier<T> work) {
        return accounts.as(account, work);
    }

    private static Object run(Runnable action) {
        action.run();
        return null;
    }
}
