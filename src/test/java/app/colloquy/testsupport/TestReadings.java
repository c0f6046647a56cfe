package app.colloquy.testsupport;

import app.colloquy.account.Account;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.reading.ReadingDraft;
import app.colloquy.reading.ReadingService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Readings for tests, made the way teachers make them (imported, then assigned through the
 * services): {@code readings.lessonIn(classId, teacher).prompts("Why?").assign()} gives a one-lesson
 * reading assigned whole to the class, open now; say only what the test is about.
 */
@Component
public class TestReadings {

    public static final String TEXT =
            "Rivers carry water to the sea.\n\nThe sea gives it back as rain, and rain feeds the rivers.";

    private final TestAccounts accounts;
    private final LibraryService library;
    private final ReadingService readings;

    TestReadings(TestAccounts accounts, LibraryService library, ReadingService readings) {
        this.accounts = accounts;
        this.library = library;
        this.readings = readings;
    }

    /** A one-lesson reading the teacher will import and assign to the class. */
    public LessonBuilder lessonIn(long classId, Account teacher) {
        return new LessonBuilder(classId, teacher);
    }

    /**
     * A reading of several lessons, one per title (each with {@link #TEXT}), imported by the teacher;
     * {@code .assign()} gives it to the class whole and open now, {@code .imported()} only imports it.
     */
    public ReadingBuilder readingIn(long classId, Account teacher, String... lessonTitles) {
        return new ReadingBuilder(classId, teacher, List.of(lessonTitles));
    }

    /** A reading with its lessons in order, as its editor sees them. */
    public record Reading(long classId, long readingId, List<ReadingDraft.Lesson> lessons) {

        public List<Long> lessonIds() {
            return lessons.stream().map(ReadingDraft.Lesson::id).toList();
        }
    }

    /** What may differ between tests' several-lesson readings. */
    public final class ReadingBuilder {
        private final long classId;
        private final Account teacher;
        private final List<String> lessonTitles;
        private String title = "Water";
        private List<String> firstLessonPrompts = List.of();

        private ReadingBuilder(long classId, Account teacher, List<String> lessonTitles) {
            this.classId = classId;
            this.teacher = teacher;
            this.lessonTitles = lessonTitles;
        }

        public ReadingBuilder titled(String title) {
            this.title = title;
            return this;
        }

        public ReadingBuilder firstLessonPrompts(String... questions) {
            this.firstLessonPrompts = List.of(questions);
            return this;
        }

        /** Imported, not assigned: the test assigns it as it needs (paced, chosen lessons...). */
        public Reading imported() {
            return accounts.as(teacher, () -> {
                List<NewReading.NewLesson> lessons = new ArrayList<>();
                for (int i = 0; i < lessonTitles.size(); i++) {
                    lessons.add(new NewReading.NewLesson(
                            lessonTitles.get(i), TEXT, i == 0 ? firstLessonPrompts : List.of()));
                }
                long readingId = library.importReading(new NewReading(title, null, "", lessons));
                return new Reading(
                        classId, readingId, library.readingForEditing(readingId).lessons());
            });
        }

        public Reading assign() {
            Reading reading = imported();
            accounts.as(teacher, () -> readings.assign(classId, reading.readingId(), null, null));
            return reading;
        }
    }

    /** The assigned lesson as its reading's editor sees it. */
    public record AssignedLesson(long classId, long readingId, ReadingDraft.Lesson lesson) {

        public long lessonId() {
            return lesson.id();
        }

        /** The id of the lesson's prompt at {@code index} (0-based). */
        public long promptId(int index) {
            return lesson.prompts().get(index).id();
        }
    }

    /** What may differ between tests' lessons; everything else has a plain default. */
    public final class LessonBuilder {
        private final long classId;
        private final Account teacher;
        private String readingTitle = "Water";
        private String lessonTitle = "Cycle";
        private String text = TEXT;
        private List<String> prompts = List.of();
        private Instant dueAt;
        private boolean answerBeforePeers;
        private final List<Long> alsoIn = new ArrayList<>();

        private LessonBuilder(long classId, Account teacher) {
            this.classId = classId;
            this.teacher = teacher;
        }

        public LessonBuilder titled(String reading, String lesson) {
            this.readingTitle = reading;
            this.lessonTitle = lesson;
            return this;
        }

        public LessonBuilder text(String text) {
            this.text = text;
            return this;
        }

        public LessonBuilder prompts(String... questions) {
            return prompts(List.of(questions));
        }

        public LessonBuilder prompts(List<String> questions) {
            this.prompts = List.copyOf(questions);
            return this;
        }

        /** Every prompt asks students to answer before they see classmates' answers. */
        public LessonBuilder answerBeforePeers() {
            this.answerBeforePeers = true;
            return this;
        }

        public LessonBuilder dueAt(Instant dueAt) {
            this.dueAt = dueAt;
            return this;
        }

        /** Assigns the same reading in another class the teacher teaches too. */
        public LessonBuilder alsoIn(long otherClassId) {
            alsoIn.add(otherClassId);
            return this;
        }

        public AssignedLesson assign() {
            return accounts.as(teacher, () -> {
                long readingId = library.importReading(new NewReading(
                        readingTitle, null, "", List.of(new NewReading.NewLesson(lessonTitle, text, prompts))));
                readings.assign(classId, readingId, null, dueAt);
                alsoIn.forEach(other -> readings.assign(other, readingId, null, dueAt));
                ReadingDraft.Lesson lesson =
                        library.readingForEditing(readingId).lessons().getFirst();
                if (answerBeforePeers) {
                    lesson.prompts().forEach(prompt -> library.updatePrompt(prompt.id(), prompt.question(), true));
                }
                return new AssignedLesson(
                        classId,
                        readingId,
                        answerBeforePeers
                                ? library.readingForEditing(readingId).lessons().getFirst()
                                : lesson);
            });
        }
    }
}
