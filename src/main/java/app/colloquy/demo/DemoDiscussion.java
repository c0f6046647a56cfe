package app.colloquy.demo;

import app.colloquy.account.Account;
import app.colloquy.account.SignedInUser;
import app.colloquy.account.SystemActor;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.NewAnnotation;
import app.colloquy.discussion.Selection;
import app.colloquy.discussion.Tag;
import app.colloquy.discussion.Visibility;
import app.colloquy.reading.LessonText;
import app.colloquy.reading.ReadingService;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A discussion already under way on the demo's first lesson, made through the discussion service
 * by the demo students and teacher: notes with tags, replies, a private note and "helpful" marks.
 */
@Component
class DemoDiscussion {

    private final DiscussionService discussion;
    private final ReadingService readings;

    DemoDiscussion(DiscussionService discussion, ReadingService readings) {
        this.discussion = discussion;
        this.readings = readings;
    }

    /** {@code students} in the order of the demo's student1..3. */
    void start(long classId, long lessonId, Account teacher, List<Account> students) {
        Account ada = students.get(0);
        Account ben = students.get(1);
        Account chloe = students.get(2);
        long noRecord = annotate(
                ada,
                classId,
                lessonId,
                "the lack of a detailed record of the conversation",
                "Question",
                "Why was nobody taking notes? Isn't that normal for meetings between presidents?",
                Visibility.CLASS);
        reply(
                teacher,
                noRecord,
                "Good question. Look at the next sentence: what does the author say is standard practice?");
        reply(ben, noRecord, "The article says a US note-taker is standard, so skipping one was unusual.");
        helpful(chloe, noRecord);
        long contrast = annotate(
                ben,
                classId,
                lessonId,
                "a stark contrast in diplomatic styles",
                "Claim",
                "The author's main claim for this section: the two leaders worked in very different ways.",
                Visibility.CLASS);
        helpful(ada, contrast);
        helpful(teacher, contrast);
        annotate(
                chloe,
                classId,
                lessonId,
                "while Russia presented it as a positive step towards improved relations",
                "Evidence",
                "Both sides described the same meeting differently.",
                Visibility.CLASS);
        annotate(
                ada,
                classId,
                lessonId,
                "G20 summit",
                null,
                "Look up what the G20 is before class.",
                Visibility.PRIVATE);
    }

    private long annotate(
            Account author,
            long classId,
            long lessonId,
            String quote,
            @Nullable String tagName,
            String body,
            Visibility visibility) {
        return as(author, () -> {
            LessonText text = readings.lessonText(classId, lessonId);
            int start = text.body().indexOf(quote);
            Selection selection =
                    discussion.select(classId, lessonId, text.textVersion(), start, start + quote.length(), quote);
            Long tagId = discussion.tags(classId).stream()
                    .filter(t -> t.name().equals(tagName))
                    .map(Tag::id)
                    .findFirst()
                    .orElse(null);
            return discussion.annotate(
                    classId,
                    lessonId,
                    new NewAnnotation(
                            selection.textVersion(),
                            selection.start(),
                            selection.end(),
                            selection.quote(),
                            body,
                            tagId,
                            visibility));
        });
    }

    private void reply(Account author, long annotationId, String body) {
        as(author, () -> discussion.reply(annotationId, body));
    }

    private void helpful(Account reader, long annotationId) {
        as(reader, () -> {
            discussion.setHelpful(annotationId, true);
            return null;
        });
    }

    private static <T> T as(Account account, Supplier<T> work) {
        return SystemActor.callAs(SignedInUser.of(account), work);
    }
}
