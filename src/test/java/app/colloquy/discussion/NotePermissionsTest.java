package app.colloquy.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the lesson page offers on each note is what the services allow: for every person and every
 * note they see (their own, a classmate's, a hidden one, a deleted one with replies, a teacher's),
 * each action is tried for real, in a transaction that is rolled back, and must succeed exactly
 * when it was offered (Reply: whenever it was offered on a thread).
 */
@IntegrationTest
class NotePermissionsTest {

    @Autowired
    DiscussionService discussions;

    @Autowired
    ModerationService moderation;

    @Autowired
    DiscussionFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TransactionTemplate transactions;

    private record Action(
            String name, Predicate<Note.Actions> offered, Consumer<Note> attempt, boolean onlyWhenOffered) {}

    private final List<Action> actions = List.of(
            new Action("reply", Note.Actions::reply, n -> discussions.reply(n.id(), "Trying a reply."), true),
            new Action(
                    "helpful", Note.Actions::markHelpful, n -> discussions.setHelpful(n.id(), !n.helpfulByMe()), false),
            new Action("edit", Note.Actions::change, n -> discussions.edit(n.id(), "Trying an edit."), false),
            new Action("delete", Note.Actions::change, n -> discussions.delete(n.id()), false),
            new Action(
                    "flag",
                    Note.Actions::flag,
                    n -> moderation.flag(ModerationTarget.note(n.id()), "Trying a flag."),
                    false),
            new Action(
                    "hide or show again",
                    Note.Actions::moderate,
                    n -> {
                        if (n.hidden()) {
                            moderation.unhide(ModerationTarget.note(n.id()), "Trying.");
                        } else {
                            moderation.hide(ModerationTarget.note(n.id()), "Trying.");
                        }
                    },
                    false));

    @Test
    void everyActionOfferedOnANoteIsOneTheServicesAllowAndNoOther() {
        Account teacher = accounts.createTeacher("teacher");
        Account ana = accounts.create("ana");
        Account ben = accounts.create("ben");
        DiscussionFixtures.Lesson lesson = fixtures.assignedLesson(teacher, ana, ben);
        long anasNote = accounts.as(ana, () -> fixtures.annotate(lesson, "Rivers", "Ana's note.", Visibility.CLASS));
        accounts.as(ben, () -> discussions.reply(anasNote, "Ben's reply."));
        long hidden =
                accounts.as(ana, () -> fixtures.annotate(lesson, "the sea", "Something unkind.", Visibility.CLASS));
        long deletedWithReply =
                accounts.as(ben, () -> fixtures.annotate(lesson, "rain", "Ben's deleted note.", Visibility.CLASS));
        accounts.as(ana, () -> discussions.reply(deletedWithReply, "Ana's reply stays."));
        accounts.as(ben, () -> {
            discussions.delete(deletedWithReply);
            return null;
        });
        accounts.as(teacher, () -> fixtures.annotate(lesson, "feeds", "The teacher's note.", Visibility.CLASS));
        accounts.as(ana, () -> fixtures.annotate(lesson, "water", "For my teacher.", Visibility.TEACHERS));
        accounts.as(teacher, () -> {
            moderation.hide(ModerationTarget.note(hidden), "Be kind.");
            return null;
        });

        List<String> mismatches = new ArrayList<>();
        for (Account person : List.of(ana, ben, teacher)) {
            Discussion seen = accounts.as(person, () -> discussions.discussion(lesson.classId(), lesson.lessonId()));
            List<Note> notes = seen.threads().stream()
                    .flatMap(t -> Stream.concat(Stream.of(t.root()), t.replies().stream()))
                    .toList();
            assertThat(notes).hasSizeGreaterThanOrEqualTo(6);
            for (Note note : notes) {
                for (Action action : actions) {
                    boolean offered = action.offered().test(note.actions());
                    boolean allowed = accounts.as(
                            person,
                            () -> triedAndRolledBack(() -> action.attempt().accept(note)));
                    boolean consistent = action.onlyWhenOffered() && note.parentId() != null
                            ? !offered || allowed
                            : offered == allowed;
                    if (!consistent) {
                        mismatches.add(person.displayName() + ", " + action.name() + " on “" + note.body()
                                + "”: offered " + offered + ", allowed " + allowed);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private boolean triedAndRolledBack(Runnable attempt) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            status.setRollbackOnly();
            try {
                attempt.run();
                return true;
            } catch (NotFoundException | InvalidInputException | AccessDeniedException refused) {
                return false;
            }
        }));
    }
}
