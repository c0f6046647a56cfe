package app.colloquy.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.account.SystemActor;
import app.colloquy.classroom.ClassMember;
import app.colloquy.classroom.ClassRole;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.live.ChangeFeed;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.StatementCounting;
import app.colloquy.testsupport.TestAccounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live updates on real PostgreSQL: each open screen hears only the changed threads, as its viewer
 * may see them; a burst is one update; the read for all viewers of a lesson is one set of queries.
 */
@IntegrationTest
@Import(StatementCounting.class)
class LiveDiscussionTest {

    @Autowired
    LiveDiscussion live;

    @Autowired
    DiscussionFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    ReadingService readings;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    LibraryService library;

    @Autowired
    AnswerService answers;

    Account teacher;
    Account ana;
    Account ben;
    DiscussionFixtures.Lesson lesson;
    final List<ChangeFeed.Subscription> screens = new ArrayList<>();

    @BeforeEach
    void classWithLesson() {
        teacher = accounts.createTeacher("teacher");
        ana = accounts.create("ana");
        ben = accounts.create("ben");
        lesson = fixtures.assignedLesson(teacher, ana, ben);
    }

    @AfterEach
    void closeScreens() {
        screens.forEach(ChangeFeed.Subscription::close);
    }

    @Test
    void eachScreenGetsTheChangedThreadAsItsViewerSeesItAndNothingElse() throws Exception {
        BlockingQueue<LessonUpdate> anasScreen = open(ana);
        as(ana, () -> fixtures.annotate(lesson, "water", "Already there", Visibility.CLASS));
        next(anasScreen);
        BlockingQueue<LessonUpdate> bensScreen = open(ben);
        BlockingQueue<LessonUpdate> teachersScreen = open(teacher);

        long classNote = as(ana, () -> fixtures.annotate(lesson, "sea", "For everyone", Visibility.CLASS));

        for (BlockingQueue<LessonUpdate> screen : List.of(anasScreen, bensScreen, teachersScreen)) {
            LessonUpdate update = next(screen);
            assertThat(update.threads().changed())
                    .singleElement()
                    .satisfies(t -> assertThat(t.root().body()).isEqualTo("For everyone"));
            assertThat(update.newNotes()).containsExactly(classNote);
        }

        long privateNote = as(ana, () -> fixtures.annotate(lesson, "rain", "Only mine", Visibility.PRIVATE));

        assertThat(next(anasScreen).threads().changed())
                .singleElement()
                .satisfies(t -> assertThat(t.root().body()).isEqualTo("Only mine"));
        for (BlockingQueue<LessonUpdate> other : List.of(bensScreen, teachersScreen)) {
            LessonUpdate update = next(other);
            assertThat(update.threads().changed()).isEmpty();
            assertThat(update.threads().removed()).containsExactly(privateNote);
        }
    }

    @Test
    void aBurstOfChangesIsOneUpdateHoldingEachOfThem() throws Exception {
        BlockingQueue<LessonUpdate> bensScreen = open(ben);

        // Committed together, so the feed delivers all five at once.
        List<Long> posted = transactions.execute(status -> as(
                ana,
                () -> IntStream.range(0, 5)
                        .mapToObj(i -> fixtures.annotate(lesson, "water", "Note " + i, Visibility.CLASS))
                        .toList()));

        LessonUpdate update = next(bensScreen);
        assertThat(update.threads().changed())
                .extracting(t -> t.root().id())
                .containsExactlyInAnyOrderElementsOf(posted);
        assertThat(bensScreen.poll(3 * LiveDiscussion.COALESCE.toMillis(), TimeUnit.MILLISECONDS))
                .isNull();
    }

    @Test
    void readingForMoreViewersTakesNoMoreQueries() throws Exception {
        BlockingQueue<LessonUpdate> first = open(ben);
        long alone = statementsForOneUpdate(List.of(first));
        assertThat(alone).as("the live read is counted").isPositive();

        List<BlockingQueue<LessonUpdate>> many = new ArrayList<>(List.of(first, open(ana), open(teacher), open(ben)));
        long together = statementsForOneUpdate(many);

        assertThat(together).isEqualTo(alone);
    }

    @Test
    void aSubmittedAnswerReachesEachScreenAsItsViewerMaySeeThatPrompt() throws Exception {
        long gated = promptAnsweredBeforePeers();
        BlockingQueue<LessonUpdate> anasScreen = open(ana);
        BlockingQueue<LessonUpdate> bensScreen = open(ben);
        BlockingQueue<LessonUpdate> teachersScreen = open(teacher);

        as(ben, () -> answers.submit(lesson.classId(), gated, "It will rain."));

        PromptAnswers anaSees = onlyPrompt(next(anasScreen));
        assertThat(anaSees.promptId()).isEqualTo(gated);
        assertThat(anaSees.classmatesHidden()).as("Ana has not answered yet").isTrue();
        assertThat(anaSees.classmates()).isEmpty();
        PromptAnswers benSees = onlyPrompt(next(bensScreen));
        assertThat(benSees.mine().submittedBody()).isEqualTo("It will rain.");
        assertThat(benSees.classmates()).isEmpty();
        assertThat(onlyPrompt(next(teachersScreen)).classmates())
                .singleElement()
                .satisfies(answer -> assertThat(answer.body()).isEqualTo("It will rain."));

        as(ana, () -> answers.submit(lesson.classId(), gated, "It will snow."));

        assertThat(onlyPrompt(next(anasScreen)).classmates())
                .as("once she has answered, Ana sees Ben's answer")
                .singleElement()
                .satisfies(answer -> assertThat(answer.body()).isEqualTo("It will rain."));
        assertThat(onlyPrompt(next(bensScreen)).classmates())
                .singleElement()
                .satisfies(answer -> assertThat(answer.body()).isEqualTo("It will snow."));
    }

    @Test
    void readingAnswersForMoreViewersTakesNoMoreQueries() throws Exception {
        long prompt = promptAnsweredBeforePeers();
        BlockingQueue<LessonUpdate> first = open(ana);
        long alone = statementsForOneAnswer(prompt, List.of(first), "First");
        assertThat(alone).as("the live read is counted").isPositive();

        Account cy = accounts.create("cy");
        accounts.join(lesson.classId(), teacher, cy);
        List<BlockingQueue<LessonUpdate>> many = List.of(first, open(teacher), open(ben), open(cy), open(ben));
        long together = statementsForOneAnswer(prompt, many, "Second");

        assertThat(together).isEqualTo(alone);
    }

    @Test
    void aStudentRemovedFromTheClassIsToldTheLessonIsGone() throws Exception {
        BlockingQueue<LessonUpdate> bensScreen = open(ben);
        accounts.as(teacher, () -> {
            classrooms.removeStudent(lesson.classId(), ben.id());
            return null;
        });

        as(ana, () -> fixtures.annotate(lesson, "water", "After Ben left", Visibility.CLASS));

        assertThat(next(bensScreen).noLongerAvailable()).isTrue();
    }

    @Test
    void theApplicationItselfMayAskWhoCanOpenTheLesson() {
        Map<Long, ClassMember> members = SystemActor.call(() -> classrooms.members(
                lesson.classId(),
                List.of(ana.id(), teacher.id(), accounts.create("outsider").id())));

        assertThat(members).containsOnlyKeys(ana.id(), teacher.id());
        assertThat(members.get(teacher.id()).role()).isEqualTo(ClassRole.TEACHER);
        assertThat(SystemActor.call(() -> readings.lessonReach(lesson.classId(), lesson.lessonId())))
                .hasValueSatisfying(reach -> assertThat(reach.openToStudents()).isTrue());
    }

    private long statementsForOneUpdate(List<BlockingQueue<LessonUpdate>> screens) throws Exception {
        long posted = as(ana, () -> fixtures.annotate(lesson, "sea", "Counted", Visibility.CLASS));
        long before = StatementCounting.STATEMENTS.get();
        // The post's own statements are done once it returns; what follows is the live read.
        for (BlockingQueue<LessonUpdate> screen : screens) {
            assertThat(next(screen).newNotes()).contains(posted);
        }
        return StatementCounting.STATEMENTS.get() - before;
    }

    private long promptAnsweredBeforePeers() {
        return as(teacher, () -> {
            library.addPrompt(lesson.lessonId(), "What will the weather do?", true);
            return library.readingForEditing(lesson.readingId())
                    .lessons()
                    .getFirst()
                    .prompts()
                    .getFirst()
                    .id();
        });
    }

    private long statementsForOneAnswer(long prompt, List<BlockingQueue<LessonUpdate>> screens, String text)
            throws Exception {
        as(ben, () -> answers.submit(lesson.classId(), prompt, text));
        long before = StatementCounting.STATEMENTS.get();
        for (BlockingQueue<LessonUpdate> screen : screens) {
            assertThat(onlyPrompt(next(screen)).promptId()).isEqualTo(prompt);
        }
        return StatementCounting.STATEMENTS.get() - before;
    }

    private static PromptAnswers onlyPrompt(LessonUpdate update) {
        assertThat(update.prompts()).hasSize(1);
        return update.prompts().getFirst();
    }

    private BlockingQueue<LessonUpdate> open(Account viewer) {
        BlockingQueue<LessonUpdate> updates = new LinkedBlockingQueue<>();
        screens.add(live.watch(lesson.classId(), lesson.lessonId(), viewer.id(), updates::add));
        return updates;
    }

    private static LessonUpdate next(BlockingQueue<LessonUpdate> screen) throws InterruptedException {
        LessonUpdate update = screen.poll(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        assertThat(update).as("an update arrives").isNotNull();
        return update;
    }

    private <T> T as(Account account, Supplier<T> work) {
        return accounts.as(account, work);
    }
}
