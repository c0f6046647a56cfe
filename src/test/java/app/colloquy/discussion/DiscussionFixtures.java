package app.colloquy.discussion;

import app.colloquy.account.Account;
import app.colloquy.reading.LessonText;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestReadings;
import org.springframework.stereotype.Component;

/** Classes with an assigned lesson, and annotations made the way the reading pane makes them. */
@Component
class DiscussionFixtures {

    static final String TEXT = TestReadings.TEXT;

    /** A lesson assigned in one class, as the teacher and class see it. */
    record Lesson(long classId, long readingId, long lessonId, Account teacher) {}

    private final TestAccounts accounts;
    private final TestReadings testReadings;
    private final ReadingService readings;
    private final DiscussionService discussion;

    DiscussionFixtures(
            TestAccounts accounts, TestReadings testReadings, ReadingService readings, DiscussionService discussion) {
        this.accounts = accounts;
        this.testReadings = testReadings;
        this.readings = readings;
        this.discussion = discussion;
    }

    Lesson assignedLesson(Account teacher, Account... students) {
        return assignedLesson(teacher, TEXT, students);
    }

    Lesson assignedLesson(Account teacher, String text, Account... students) {
        long classId = accounts.createClass(teacher, "Discussion class", students);
        TestReadings.AssignedLesson assigned = testReadings
                .lessonIn(classId, teacher)
                .titled("Water", "The cycle")
                .text(text)
                .assign();
        return new Lesson(classId, assigned.readingId(), assigned.lessonId(), teacher);
    }

    /** Assigns the same reading in another class, taught by {@code teacher}, with these students; returns that class. */
    long alsoAssignElsewhere(Lesson lesson, Account teacher, Account... students) {
        long otherClass = accounts.createClass(teacher, "Other class", students);
        accounts.addCoTeacher(otherClass, teacher, lesson.teacher());
        accounts.as(lesson.teacher(), () -> readings.assign(otherClass, lesson.readingId(), null, null));
        return otherClass;
    }

    /** Selects {@code quote} (its first occurrence) as the person asking sees the lesson now. */
    Selection select(Lesson lesson, String quote) {
        LessonText text = readings.lessonText(lesson.classId(), lesson.lessonId());
        int start = text.body().indexOf(quote);
        return discussion.select(
                lesson.classId(), lesson.lessonId(), text.textVersion(), start, start + quote.length(), quote);
    }

    Selection selectFirstWord(Lesson lesson) {
        return select(lesson, "Rivers");
    }

    long annotate(Lesson lesson, String quote, String body, Visibility visibility) {
        Selection selection = select(lesson, quote);
        return discussion.annotate(
                lesson.classId(),
                lesson.lessonId(),
                new NewAnnotation(
                        selection.textVersion(),
                        selection.start(),
                        selection.end(),
                        selection.quote(),
                        body,
                        null,
                        visibility));
    }

    long annotateFirstWord(Lesson lesson, String body, Visibility visibility) {
        return annotate(lesson, "Rivers", body, visibility);
    }
}
