package app.colloquy.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.colloquy.account.Account;
import app.colloquy.classroom.Classmate;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.ReadingDraft;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.MovableClock;
import app.colloquy.testsupport.StoredIds;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestReadings;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Prompt answers on real PostgreSQL with a clock the test moves: drafts, versions, late, gating. */
@IntegrationTest
@Import(MovableClock.Config.class)
class AnswerServiceTest {

    @Autowired
    AnswerService answers;

    @Autowired
    FeedbackService feedback;

    @Autowired
    TestReadings testReadings;

    @Autowired
    LibraryService library;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MovableClock clock;

    Account teacher;
    Account ana;
    Account ben;
    long classId;
    long readingId;
    long lessonId;
    long promptId;
    long gatedPromptId;

    @BeforeEach
    void lessonWithPrompts() {
        teacher = accounts.createTeacher("teacher");
        ana = accounts.create("ana");
        ben = accounts.create("ben");
        classId = accounts.createClass(teacher, "Answers class", ana, ben);
        TestReadings.AssignedLesson lesson = testReadings
                .lessonIn(classId, teacher)
                .text("Rivers carry water to the sea.")
                .prompts("Where does the water go?", "What do you predict?")
                .dueAt(clock.instant().plus(Duration.ofDays(1)))
                .assign();
        readingId = lesson.readingId();
        lessonId = lesson.lessonId();
        promptId = lesson.promptId(0);
        gatedPromptId = lesson.promptId(1);
        as(teacher, () -> run(() -> library.updatePrompt(gatedPromptId, "What do you predict?", true)));
    }

    @Test
    void draftsSaveWithARevisionAndAStaleTabNeverOverwritesANewerDraft() {
        int first = as(ana, () -> answers.saveDraft(classId, promptId, "To the sea", 0))
                .revision();
        DraftSaved saved = as(ana, () -> answers.saveDraft(classId, promptId, "To the sea, then", first));
        int second = saved.revision();
        assertThat(saved.savedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> as(ana, () -> answers.saveDraft(classId, promptId, "From an old tab", first)))
                .isInstanceOfSatisfying(DraftConflictException.class, conflict -> {
                    assertThat(conflict.savedDraft()).isEqualTo("To the sea, then");
                    assertThat(conflict.savedRevision()).isEqualTo(second);
                });
        // The same text from a stale tab is no conflict: it is saved already, at the newer revision.
        Instant savedAt = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        clock.advance(Duration.ofSeconds(3));
        assertThat(as(ana, () -> answers.saveDraft(classId, promptId, "To the sea, then", first)))
                .isEqualTo(new DraftSaved(second, savedAt));
        PromptAnswers.MyAnswer mine = mineFor(ana, promptId);
        assertThat(mine.draft()).isEqualTo("To the sea, then");
        assertThat(mine.draftSavedAt()).isNotNull();
        assertThat(mine.submitted()).isFalse();
        assertThat(as(teacher, () -> answers.studentAnswers(classId, promptId)))
                .filteredOn(s -> s.accountId() == ana.id())
                .singleElement()
                .satisfies(s -> assertThat(s.drafting()).isTrue());
    }

    @Test
    void submissionsAreVersionsAndLateAfterTheDueTimeWhenEditsStop() {
        assertThat(as(ana, () -> answers.submit(classId, promptId, "To the sea.")))
                .isEqualTo(1);
        assertThat(as(ana, () -> answers.submit(classId, promptId, "To the sea, and back as rain.")))
                .isEqualTo(2);
        assertThat(mineFor(ana, promptId).submittedBody()).isEqualTo("To the sea, and back as rain.");
        assertThat(mineFor(ana, promptId).late()).isFalse();

        clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> as(ana, () -> answers.submit(classId, promptId, "After the due time")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("due time has passed");
        assertThat(as(ben, () -> answers.submit(classId, promptId, "Late but accepted")))
                .isEqualTo(1);
        assertThat(mineFor(ben, promptId).late()).isTrue();
        assertThat(as(teacher, () -> answers.studentAnswers(classId, promptId)))
                .filteredOn(s -> s.accountId() == ben.id())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.late()).isTrue();
                    assertThat(s.body()).isEqualTo("Late but accepted");
                });
    }

    @Test
    void lockedPromptsKeepSubmittedAnswersAndClosedPromptsTakeNoMore() {
        as(ana, () -> answers.submit(classId, promptId, "First"));
        as(teacher, () -> run(() -> answers.setPromptState(classId, promptId, true, false)));
        assertThatThrownBy(() -> as(ana, () -> answers.submit(classId, promptId, "Changed")))
                .hasMessageContaining("locked");
        assertThat(as(ben, () -> answers.submit(classId, promptId, "First from Ben")))
                .isEqualTo(1);
        as(teacher, () -> run(() -> answers.setPromptState(classId, promptId, true, true)));
        assertThatThrownBy(() -> as(ben, () -> answers.submit(classId, promptId, "Again")))
                .hasMessageContaining("closed");
    }

    @Test
    void classmatesAnswersStayHiddenUntilYouAnswerUnlessRevealedOrExempt() {
        as(ana, () -> answers.submit(classId, gatedPromptId, "Ana's prediction"));
        PromptAnswers forBen = promptFor(ben, gatedPromptId);
        assertThat(forBen.classmatesHidden()).isTrue();
        assertThat(forBen.classmates()).isEmpty();
        assertThat(promptFor(ben, promptId).classmatesHidden())
                .as("an ungated prompt")
                .isFalse();
        assertThat(promptFor(teacher, gatedPromptId).classmates())
                .extracting(PromptAnswers.ClassmateAnswer::body)
                .containsExactly("Ana's prediction");

        as(teacher, () -> run(() -> answers.setExempt(classId, gatedPromptId, ben.id(), true)));
        assertThat(promptFor(ben, gatedPromptId).classmates())
                .extracting(PromptAnswers.ClassmateAnswer::body)
                .containsExactly("Ana's prediction");
        as(teacher, () -> run(() -> answers.setExempt(classId, gatedPromptId, ben.id(), false)));
        assertThat(promptFor(ben, gatedPromptId).classmatesHidden()).isTrue();

        as(ben, () -> answers.submit(classId, gatedPromptId, "Ben's prediction"));
        assertThat(promptFor(ben, gatedPromptId).classmates())
                .extracting(PromptAnswers.ClassmateAnswer::authorName)
                .containsExactly(ana.displayName());
        Account carl = accounts.create("carl");
        String code = as(teacher, () -> accountsCode());
        accounts.as(carl, () -> classroomsJoin(code));
        assertThat(promptFor(carl, gatedPromptId).classmatesHidden()).isTrue();
        as(teacher, () -> run(() -> answers.reveal(classId, gatedPromptId)));
        assertThat(promptFor(carl, gatedPromptId).classmates()).hasSize(2);
    }

    @Test
    void aResubmittedAnswerKeepsItsPlaceInTheClassmatesList() {
        as(ana, () -> answers.submit(classId, promptId, "Ana first"));
        clock.advance(Duration.ofMinutes(1));
        as(ben, () -> answers.submit(classId, promptId, "Ben second"));
        clock.advance(Duration.ofMinutes(1));
        as(ana, () -> answers.submit(classId, promptId, "Ana, changed her mind"));

        assertThat(promptFor(teacher, promptId).classmates())
                .extracting(PromptAnswers.ClassmateAnswer::body)
                .containsExactly("Ana, changed her mind", "Ben second");
    }

    @Test
    void teachersSeeHowManyAreDraftingAndWritingNowFromRecentDraftsNotYetSubmitted() {
        as(ana, () -> answers.saveDraft(classId, promptId, "Ana is typing", 0));
        as(ben, () -> answers.saveDraft(classId, promptId, "Ben is typing", 0));
        assertThat(progress()).isEqualTo(new DraftProgress(2, 2));

        clock.advance(Duration.ofSeconds(5));
        as(ana, () -> answers.submit(classId, promptId, "Ana is done"));
        assertThat(progress()).isEqualTo(new DraftProgress(1, 1));

        clock.advance(AnswerService.WRITING_NOW.plusSeconds(1));
        assertThat(progress()).isEqualTo(new DraftProgress(1, 0));
        // Ana drafts a change to her submitted answer: writing now, but not "drafting" (she has submitted).
        as(
                ana,
                () -> answers.saveDraft(
                        classId,
                        promptId,
                        "Ana, more",
                        answers.lessonPrompts(classId, lessonId)
                                .getFirst()
                                .mine()
                                .draftRevision()));
        assertThat(progress()).isEqualTo(new DraftProgress(1, 1));
        // The same rule as the teacher's rows.
        assertThat(as(teacher, () -> answers.studentAnswers(classId, promptId)))
                .filteredOn(StudentAnswer::drafting)
                .hasSize(progress().drafting());
    }

    private DraftProgress progress() {
        return as(teacher, () -> answers.draftProgress(classId, promptId));
    }

    @Test
    void emptyAndOversizedAnswersAreRefusedWithAMessage() {
        assertThatThrownBy(() -> as(ana, () -> answers.submit(classId, promptId, "  \n ")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Write your answer");
        assertThatThrownBy(() -> as(
                        ana, () -> answers.saveDraft(classId, promptId, "x".repeat(AnswerService.MAX_ANSWER + 5), 0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("5 characters over");
        assertThat(mineFor(ana, promptId).draftRevision()).isZero();
    }

    @Test
    void aPromptStudentsAnsweredCannotBeDeletedButOneWithOnlyDraftsCan() {
        as(ana, () -> answers.submit(classId, promptId, "Kept"));
        assertThatThrownBy(() -> as(teacher, () -> run(() -> library.deletePrompt(promptId))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("answers are kept");
        assertThat(mineFor(ana, promptId).submittedBody()).isEqualTo("Kept");
        as(ben, () -> answers.saveDraft(classId, gatedPromptId, "Only a draft", 0));
        as(teacher, () -> run(() -> library.deletePrompt(gatedPromptId)));
        assertThat(as(ben, () -> answers.lessonPrompts(classId, lessonId)))
                .extracting(PromptAnswers::promptId)
                .containsExactly(promptId);
    }

    @Test
    void teachersGiveFeedbackWithAScoreUpToTheMaximumAndTheStudentSeesIt() {
        assertThatThrownBy(() ->
                        as(teacher, () -> run(() -> feedback.giveFeedback(classId, promptId, ana.id(), "Good", null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not submitted");
        as(ana, () -> answers.submit(classId, promptId, "To the sea."));
        assertThatThrownBy(() ->
                        as(teacher, () -> run(() -> feedback.giveFeedback(classId, promptId, ana.id(), "Good", 5))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maximum score");
        as(teacher, () -> run(() -> answers.setMaxScore(classId, promptId, 10)));
        assertThatThrownBy(() ->
                        as(teacher, () -> run(() -> feedback.giveFeedback(classId, promptId, ana.id(), "Good", 11))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("0 to 10");
        as(teacher, () -> run(() -> feedback.giveFeedback(classId, promptId, ana.id(), "Name the sea next time.", 8)));

        PromptAnswers forAna = promptFor(ana, promptId);
        assertThat(forAna.maxScore()).isEqualTo(10);
        assertThat(forAna.mine().feedback()).satisfies(f -> {
            assertThat(f.comment()).isEqualTo("Name the sea next time.");
            assertThat(f.score()).isEqualTo(8);
            assertThat(f.teacherName()).isEqualTo(teacher.displayName());
        });
        assertThat(promptFor(ben, promptId).mine().feedback()).isNull();
        assertThat(as(teacher, () -> answers.studentAnswers(classId, promptId)))
                .filteredOn(s -> s.accountId() == ana.id())
                .singleElement()
                .satisfies(s -> assertThat(s.feedbackScore()).isEqualTo(8));
    }

    @Test
    void studentsCiteTheirOwnHighlightsAndCitedEvidenceOutlivesAnEditThatRemovesItsWords() {
        long highlight = as(ana, () -> fixtures.annotate(lesson(), "carry water", "", Visibility.PRIVATE));
        long bensNote = as(ben, () -> fixtures.annotate(lesson(), "the sea", "Ben's note", Visibility.CLASS));
        as(ana, () -> run(() -> answers.cite(classId, promptId, highlight)));
        assertThat(mineFor(ana, promptId).evidence()).singleElement().satisfies(e -> {
            assertThat(e.quote()).isEqualTo("carry water");
            assertThat(e.start()).isEqualTo(7);
            assertThat(e.orphaned()).isFalse();
        });
        assertThatThrownBy(() -> as(ana, () -> run(() -> answers.cite(classId, promptId, bensNote))))
                .as("someone else's highlight")
                .isInstanceOf(NotFoundException.class);
        long reply = as(ana, () -> discussion.reply(bensNote, "A reply"));
        assertThatThrownBy(() -> as(ana, () -> run(() -> answers.cite(classId, promptId, reply))))
                .as("a reply has no words of its own")
                .isInstanceOf(NotFoundException.class);

        as(ana, () -> answers.submit(classId, promptId, "Rivers do the carrying."));
        as(ben, () -> answers.submit(classId, promptId, "To the sea."));
        assertThat(promptFor(ben, promptId).classmates())
                .singleElement()
                .satisfies(a -> assertThat(a.evidence())
                        .extracting(PromptAnswers.Evidence::quote)
                        .containsExactly("carry water"));

        ReadingDraft.Lesson draft = as(teacher, () -> library.readingForEditing(readingId))
                .lessons()
                .getFirst();
        as(
                teacher,
                () -> library.updateLesson(
                        draft.id(), draft.revision(), draft.title(), "Streams bring rain to the ocean."));
        assertThat(mineFor(ana, promptId).evidence()).singleElement().satisfies(e -> {
            assertThat(e.quote()).isEqualTo("carry water");
            assertThat(e.orphaned()).isTrue();
            assertThat(e.start()).isNull();
        });
        assertThat(as(teacher, () -> answers.studentAnswers(classId, promptId)))
                .filteredOn(s -> s.accountId() == ana.id())
                .singleElement()
                .satisfies(s -> assertThat(s.evidence())
                        .extracting(PromptAnswers.Evidence::orphaned)
                        .containsExactly(true));
        as(ana, () -> run(() -> answers.uncite(classId, promptId, highlight)));
        assertThat(mineFor(ana, promptId).evidence()).isEmpty();
    }

    @Test
    void evidenceFollowsTheAnswersRulesAndHasALimit() {
        as(ana, () -> answers.submit(classId, promptId, "Mine"));
        as(teacher, () -> run(() -> answers.setPromptState(classId, promptId, true, false)));
        long highlight = as(ana, () -> fixtures.annotate(lesson(), "Rivers", "", Visibility.PRIVATE));
        assertThatThrownBy(() -> as(ana, () -> run(() -> answers.cite(classId, promptId, highlight))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("locked");
        as(teacher, () -> run(() -> answers.setPromptState(classId, promptId, false, false)));
        String[] words = {
            "Rivers",
            "carry",
            "water",
            "to",
            "the",
            "sea",
            "Rivers carry",
            "carry water",
            "water to",
            "to the",
            "the sea"
        };
        for (int i = 0; i < AnswerService.MAX_EVIDENCE; i++) {
            String quote = words[i];
            long id = as(ana, () -> fixtures.annotate(lesson(), quote, "", Visibility.PRIVATE));
            as(ana, () -> run(() -> answers.cite(classId, promptId, id)));
        }
        long oneMore =
                as(ana, () -> fixtures.annotate(lesson(), words[AnswerService.MAX_EVIDENCE], "", Visibility.PRIVATE));
        assertThatThrownBy(() -> as(ana, () -> run(() -> answers.cite(classId, promptId, oneMore))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most");
    }

    @Test
    void classmatesReplyToAndMarkAnswersTheyCanSeeButNotBeforeAGatedPromptOpens() {
        as(ana, () -> answers.submit(classId, gatedPromptId, "Ana predicts rain."));
        long anasAnswer = answerIdOf(ana, gatedPromptId);
        assertThatThrownBy(() -> as(ben, () -> answers.reply(anasAnswer, "Why?")))
                .as("ben has not answered the gated prompt")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(ben, () -> run(() -> answers.setHelpful(anasAnswer, true))))
                .isInstanceOf(NotFoundException.class);

        as(ben, () -> answers.submit(classId, gatedPromptId, "Ben predicts sun."));
        as(ben, () -> answers.reply(anasAnswer, "Why rain?"));
        as(ben, () -> run(() -> answers.setHelpful(anasAnswer, true)));
        as(ben, () -> run(() -> answers.setHelpful(anasAnswer, true)));
        as(teacher, () -> answers.reply(anasAnswer, "Good question, Ben."));
        PromptAnswers.MyAnswer anas = mineFor(ana, gatedPromptId);
        assertThat(anas.replies())
                .extracting(PromptAnswers.AnswerReply::body)
                .containsExactly("Why rain?", "Good question, Ben.");
        assertThat(anas.replies())
                .extracting(PromptAnswers.AnswerReply::authorIsTeacher)
                .containsExactly(false, true);
        assertThat(anas.helpfulCount()).isEqualTo(1);
        assertThat(promptFor(ben, gatedPromptId).classmates()).singleElement().satisfies(a -> {
            assertThat(a.helpfulByMe()).isTrue();
            assertThat(a.replies()).extracting(PromptAnswers.AnswerReply::mine).containsExactly(true, false);
        });
        assertThatThrownBy(() -> as(ana, () -> run(() -> answers.setHelpful(anasAnswer, true))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("your own");
        assertThatThrownBy(() -> as(ben, () -> answers.reply(anasAnswer, "  ")))
                .isInstanceOf(InvalidInputException.class);
        as(ben, () -> run(() -> answers.setHelpful(anasAnswer, false)));
        assertThat(mineFor(ana, gatedPromptId).helpfulCount()).isZero();
    }

    @Test
    void inAClassWithPseudonymsNothingAStudentReceivesCarriesAClassmatesName() {
        Account cleo = accounts.create("cleo");
        as(teacher, () -> run(() -> classrooms.setPseudonymous(classId, true)));
        String code = as(teacher, this::accountsCode);
        as(cleo, () -> classroomsJoin(code));
        long note = as(ana, () -> fixtures.annotate(lesson(), "Rivers", "Ana's note", Visibility.CLASS));
        as(ana, () -> answers.submit(classId, promptId, "Ana's answer"));
        as(cleo, () -> discussion.reply(note, "Cleo's reply"));
        long anasAnswer = answerIdOf(ana, promptId);
        as(cleo, () -> answers.reply(anasAnswer, "Cleo answers Ana"));
        as(ben, () -> answers.submit(classId, promptId, "Ben's answer"));

        String benReceives = as(ben, () -> answers.lessonPrompts(classId, lessonId))
                        .toString()
                + as(ben, () -> discussion.discussion(classId, lessonId)).toString()
                + as(ben, () -> classrooms.classmates(classId)).toString();
        assertThat(benReceives)
                .contains("Classmate A", "Classmate C", "Ben's answer", ben.displayName(), teacher.displayName())
                .doesNotContain(ana.displayName(), cleo.displayName());
        assertThat(promptFor(ben, promptId).classmates())
                .extracting(PromptAnswers.ClassmateAnswer::authorName)
                .containsExactly("Classmate A");
        assertThat(as(ben, () -> classrooms.classmates(classId)))
                .extracting(Classmate::displayName)
                .as("in the order of the names shown")
                .containsExactly(teacher.displayName(), "Classmate A", "Classmate C", ben.displayName());
        assertThat(as(cleo, () -> discussion.discussion(classId, lessonId))
                        .threads()
                        .getFirst()
                        .root()
                        .authorName())
                .as("the same person, the same pseudonym for every classmate")
                .isEqualTo("Classmate A");
        assertThat(as(teacher, () -> answers.lessonPrompts(classId, lessonId)).toString()
                        + as(teacher, () -> discussion.discussion(classId, lessonId))
                                .toString())
                .contains(ana.displayName(), cleo.displayName());

        as(teacher, () -> run(() -> classrooms.setPseudonymous(classId, false)));
        assertThat(promptFor(ben, promptId).classmates())
                .extracting(PromptAnswers.ClassmateAnswer::authorName)
                .containsExactly(ana.displayName());
    }

    @Test
    void teachersReadEverySubmittedVersionNewestFirst() {
        as(ana, () -> answers.submit(classId, promptId, "First"));
        as(ana, () -> answers.submit(classId, promptId, "Second"));
        assertThat(as(teacher, () -> answers.versions(classId, promptId, ana.id())))
                .extracting(PromptAnswers.Version::version, PromptAnswers.Version::body)
                .containsExactly(Tuple.tuple(2, "Second"), Tuple.tuple(1, "First"));
        assertThatThrownBy(() -> as(ben, () -> answers.versions(classId, promptId, ana.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Autowired
    DiscussionFixtures fixtures;

    @Autowired
    DiscussionService discussion;

    private DiscussionFixtures.Lesson lesson() {
        return new DiscussionFixtures.Lesson(classId, readingId, lessonId, teacher);
    }

    @Autowired
    StoredIds ids;

    private long answerIdOf(Account author, long prompt) {
        return ids.answer(classId, prompt, author.id());
    }

    @Autowired
    ClassroomService classrooms;

    private String accountsCode() {
        return classrooms.joinSettings(classId).joinCode();
    }

    private Object classroomsJoin(String code) {
        return classrooms.joinWithCode(code, "127.0.0.1");
    }

    private PromptAnswers promptFor(Account viewer, long prompt) {
        return as(viewer, () -> answers.lessonPrompts(classId, lessonId)).stream()
                .filter(p -> p.promptId() == prompt)
                .findFirst()
                .orElseThrow();
    }

    private PromptAnswers.MyAnswer mineFor(Account viewer, long prompt) {
        return promptFor(viewer, prompt).mine();
    }

    private <T> T as(Account account, Supplier<T> work) {
        return accounts.as(account, work);
    }

    private static Object run(Runnable action) {
        action.run();
        return null;
    }
}
