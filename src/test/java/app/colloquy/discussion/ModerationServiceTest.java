package app.colloquy.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.account.Account;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.StoredIds;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestReadings;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Flags, hiding and the moderation log on real PostgreSQL: nothing is deleted, and each sees what they should. */
@IntegrationTest
class ModerationServiceTest {

    @Autowired
    ModerationService moderation;

    @Autowired
    DiscussionService discussion;

    @Autowired
    AnswerService answers;

    @Autowired
    DiscussionFixtures fixtures;

    @Autowired
    TestReadings testReadings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    StoredIds ids;

    Account teacher;
    Account ana;
    Account ben;
    DiscussionFixtures.Lesson lesson;
    long promptId;

    @BeforeEach
    void aClassDiscussing() {
        teacher = accounts.createTeacher("teacher");
        ana = accounts.create("ana");
        ben = accounts.create("ben");
        long classId = accounts.createClass(teacher, "Moderated", ana, ben);
        TestReadings.AssignedLesson assigned = testReadings
                .lessonIn(classId, teacher)
                .prompts("Where does the water go?")
                .assign();
        promptId = assigned.promptId(0);
        lesson = new DiscussionFixtures.Lesson(classId, assigned.readingId(), assigned.lessonId(), teacher);
    }

    @Test
    void aFlaggedNoteHiddenByTheTeacherKeepsItsTextForItsAuthorAndTeachersOnly() {
        long note = as(ana, () -> fixtures.annotate(lesson, "Rivers", "Something unkind.", Visibility.CLASS));
        ModerationTarget target = ModerationTarget.note(note);
        assertThatThrownBy(() -> as(ana, () -> run(() -> moderation.flag(target, "Mine"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("your own");
        assertThatThrownBy(() -> as(ben, () -> run(() -> moderation.flag(target, "  "))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Say why");
        as(ben, () -> run(() -> moderation.flag(target, "It is unkind to Cleo.")));
        assertThat(as(teacher, () -> moderation.openFlags(lesson.classId(), lesson.lessonId())))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.target()).isEqualTo(target);
                    assertThat(f.reasons()).containsExactly("It is unkind to Cleo.");
                    assertThat(f.excerpt()).isEqualTo("“Something unkind.”");
                });
        assertThatThrownBy(() -> as(ben, () -> run(() -> moderation.hide(target, "No"))))
                .as("students do not hide")
                .isInstanceOf(NotFoundException.class);

        as(teacher, () -> run(() -> moderation.hide(target, "Be kind to classmates.")));
        Note seenByBen = rootAs(ben);
        assertThat(seenByBen.hidden()).isTrue();
        assertThat(seenByBen.body()).isNull();
        assertThat(seenByBen.hiddenReason()).isNull();
        Note seenByAna = rootAs(ana);
        assertThat(seenByAna.body()).isEqualTo("Something unkind.");
        assertThat(seenByAna.hiddenReason()).isEqualTo("Be kind to classmates.");
        assertThat(rootAs(teacher).body()).isEqualTo("Something unkind.");
        assertThat(as(teacher, () -> moderation.openFlags(lesson.classId(), null)))
                .as("hiding settles the flags")
                .isEmpty();

        as(teacher, () -> run(() -> moderation.unhide(target, "Ana apologised.")));
        assertThat(rootAs(ben).body()).isEqualTo("Something unkind.");
        assertThatThrownBy(() -> as(teacher, () -> run(() -> moderation.unhide(target, "Again"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as(teacher, () -> moderation.log(lesson.classId())))
                .extracting(ModerationEntry::action, ModerationEntry::actorName, ModerationEntry::reason)
                .containsExactly(
                        Tuple.tuple(ModerationEntry.Action.UNHIDE, teacher.displayName(), "Ana apologised."),
                        Tuple.tuple(ModerationEntry.Action.HIDE, teacher.displayName(), "Be kind to classmates."),
                        Tuple.tuple(ModerationEntry.Action.FLAG, ben.displayName(), "It is unkind to Cleo."));
        assertThatThrownBy(() -> as(ben, () -> moderation.log(lesson.classId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyWhatTheAskerCanSeeCanBeFlagged() {
        long privateNote = as(ana, () -> fixtures.annotate(lesson, "Rivers", "Only mine.", Visibility.PRIVATE));
        assertThatThrownBy(() -> as(ben, () -> run(() -> moderation.flag(ModerationTarget.note(privateNote), "Why?"))))
                .isInstanceOf(NotFoundException.class);
        as(ana, () -> answers.submit(lesson.classId(), promptId, "Ana's answer"));
        long anasAnswer = ids.answer(lesson.classId(), promptId, ana.id());
        as(ben, () -> run(() -> moderation.flag(ModerationTarget.answer(anasAnswer), "Copied from the internet.")));
        assertThat(as(teacher, () -> moderation.openFlags(lesson.classId(), lesson.lessonId())))
                .extracting(FlaggedItem::target)
                .containsExactly(ModerationTarget.answer(anasAnswer));
    }

    @Test
    void aTeacherCannotReachAStudentsPrivateNoteByItsId() {
        long privateNote = as(ana, () -> fixtures.annotate(lesson, "Rivers", "My secret worry.", Visibility.PRIVATE));
        ModerationTarget target = ModerationTarget.note(privateNote);
        for (Runnable act : List.<Runnable>of(
                () -> moderation.hide(target, "Walked the ids"),
                () -> moderation.keep(target, "Walked the ids"),
                () -> moderation.unhide(target, "Walked the ids"))) {
            assertThatThrownBy(() -> as(teacher, () -> run(act))).isInstanceOf(NotFoundException.class);
        }
        assertThat(rootAs(ana).hidden()).isFalse();
        assertThat(as(teacher, () -> moderation.log(lesson.classId()))).isEmpty();
    }

    @Test
    void theLogNeverQuotesANoteItsAuthorDeleted() {
        long note = as(ana, () -> fixtures.annotate(lesson, "Rivers", "Regrettable words.", Visibility.CLASS));
        ModerationTarget target = ModerationTarget.note(note);
        as(ben, () -> run(() -> moderation.flag(target, "Unkind")));
        as(teacher, () -> run(() -> moderation.keep(target, "It is fine")));
        as(ben, () -> run(() -> moderation.flag(target, "Still unkind")));
        as(ana, () -> run(() -> discussion.delete(note)));

        assertThat(as(teacher, () -> moderation.log(lesson.classId())))
                .hasSize(3)
                .allSatisfy(entry -> assertThat(entry.excerpt()).isEqualTo("(deleted by its author)"));
        assertThat(as(teacher, () -> moderation.openFlags(lesson.classId(), lesson.lessonId())))
                .extracting(FlaggedItem::excerpt)
                .containsExactly("(deleted by its author)");
        assertThatThrownBy(() -> as(teacher, () -> run(() -> moderation.hide(target, "Too late"))))
                .as("a deleted note is gone for everyone")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void hiddenAnswersAndRepliesLeaveAPlaceholderForClassmates() {
        as(ana, () -> answers.submit(lesson.classId(), promptId, "Ana's answer"));
        as(ben, () -> answers.submit(lesson.classId(), promptId, "Ben's answer"));
        long anasAnswer = ids.answer(lesson.classId(), promptId, ana.id());
        long reply = as(ben, () -> answers.reply(anasAnswer, "A rude reply."));
        as(ana, () -> run(() -> moderation.flag(ModerationTarget.answerReply(reply), "Rude.")));
        as(teacher, () -> run(() -> moderation.hide(ModerationTarget.answerReply(reply), "Rude to Ana.")));
        as(teacher, () -> run(() -> moderation.hide(ModerationTarget.answer(anasAnswer), "Off topic.")));

        PromptAnswers forBen = as(ben, () -> answers.lessonPrompts(lesson.classId(), lesson.lessonId()))
                .getFirst();
        assertThat(forBen.classmates()).singleElement().satisfies(a -> {
            assertThat(a.hidden()).isTrue();
            assertThat(a.body()).isNull();
            assertThat(a.replies()).singleElement().satisfies(r -> {
                assertThat(r.body())
                        .as("his own reply, hidden, with the reason")
                        .isEqualTo("A rude reply.");
                assertThat(r.hiddenReason()).isEqualTo("Rude to Ana.");
            });
        });
        PromptAnswers.MyAnswer anas = as(ana, () -> answers.lessonPrompts(lesson.classId(), lesson.lessonId()))
                .getFirst()
                .mine();
        assertThat(anas.hiddenReason()).isEqualTo("Off topic.");
        assertThat(anas.replies()).singleElement().satisfies(r -> {
            assertThat(r.hidden()).isTrue();
            assertThat(r.body()).isNull();
        });
        assertThat(as(teacher, () -> answers.studentAnswers(lesson.classId(), promptId)))
                .filteredOn(s -> s.accountId() == ana.id())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.body()).isEqualTo("Ana's answer");
                    assertThat(s.hiddenReason()).isEqualTo("Off topic.");
                });
    }

    private Note rootAs(Account viewer) {
        return as(viewer, () -> discussion.discussion(lesson.classId(), lesson.lessonId()))
                .threads()
                .getFirst()
                .root();
    }

    private <T> T as(Account account, Supplier<T> work) {
        return accounts.as(account, work);
    }

    private static Object run(Runnable action) {
        action.run();
        return null;
    }
}
