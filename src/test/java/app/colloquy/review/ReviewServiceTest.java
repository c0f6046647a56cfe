package app.colloquy.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.colloquy.account.Account;
import app.colloquy.account.AccountService;
import app.colloquy.account.NewAccount;
import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.FeedbackService;
import app.colloquy.discussion.NewAnnotation;
import app.colloquy.discussion.Selection;
import app.colloquy.discussion.Tag;
import app.colloquy.discussion.Visibility;
import app.colloquy.reading.ReadingService;
import app.colloquy.testsupport.IntegrationTest;
import app.colloquy.testsupport.MovableClock;
import app.colloquy.testsupport.StoredIds;
import app.colloquy.testsupport.TestAccounts;
import app.colloquy.testsupport.TestReadings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small class whose every figure is counted by hand below: three students, one lesson with two
 * prompts, notes, replies, helpful marks, an on-time and a late answer, a score.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class ReviewServiceTest {

    /** The wave is one code point but two UTF-16 units: positions in the export must count it once. */
    static final String TEXT = "🌊 Rivers carry water to the sea.";

    @Autowired
    ReviewService review;

    @Autowired
    TestReadings testReadings;

    @Autowired
    DiscussionService discussion;

    @Autowired
    AnswerService answers;

    @Autowired
    FeedbackService feedback;

    @Autowired
    ReadingService readings;

    @Autowired
    AccountService accountService;

    @Autowired
    TestAccounts accounts;

    @Autowired
    StoredIds ids;

    @Autowired
    MovableClock clock;

    Account teacher;
    Account ana;
    Account ben;
    Account cleo;
    long classId;
    long lessonId;
    long assignmentId;
    long firstPrompt;
    long secondPrompt;
    long question;
    long claim;
    long forTeachers;

    @BeforeEach
    void aSmallClassThatDiscussed() {
        // The activity chart counts by day: the setup's minutes must not straddle midnight.
        clock.advanceToNoon();
        teacher = accounts.createTeacher("teacher");
        ana = accounts.create("ana");
        ben = accounts.create("ben");
        // A display name a spreadsheet would run as a formula.
        cleo = accountService.registerStudent(
                new NewAccount("cleo-" + System.nanoTime(), "=HYPERLINK(\"x\")", TestAccounts.PASSWORD));
        classId = accounts.createClass(teacher, "Period 3", ana, ben, cleo);
        TestReadings.AssignedLesson lesson = testReadings
                .lessonIn(classId, teacher)
                .text(TEXT)
                .prompts("Where does the water go?", "What do you predict?")
                .dueAt(clock.instant().plus(Duration.ofDays(1)))
                .assign();
        lessonId = lesson.lessonId();
        firstPrompt = lesson.promptId(0);
        secondPrompt = lesson.promptId(1);
        assignmentId = as(teacher, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .assignmentId();
        List<Tag> tags = as(teacher, () -> discussion.tags(classId));
        question = as(
                ana,
                () -> note(
                        "carry water", "Why does it carry water?", tags.get(0).id(), Visibility.CLASS));
        clock.advance(Duration.ofMinutes(1));
        claim = as(
                ben,
                () -> note("Rivers carry", "Rivers do the work.", tags.get(1).id(), Visibility.CLASS));
        clock.advance(Duration.ofMinutes(1));
        as(ana, () -> discussion.reply(claim, "Not only rivers."));
        clock.advance(Duration.ofMinutes(1));
        as(ben, () -> note("the sea", "Only for me.", null, Visibility.PRIVATE));
        clock.advance(Duration.ofMinutes(1));
        forTeachers = as(ana, () -> note("to the sea", "I am not sure I get this.", null, Visibility.TEACHERS));
        as(ben, () -> run(() -> discussion.setHelpful(question, true)));
        as(ana, () -> answers.submit(classId, firstPrompt, "To the sea."));
        clock.advance(Duration.ofDays(2));
        as(ben, () -> answers.submit(classId, firstPrompt, "Up into clouds."));
        as(ana, () -> run(() -> answers.setHelpful(ids.answer(classId, firstPrompt, ben.id()), true)));
        as(teacher, () -> run(() -> answers.setMaxScore(classId, firstPrompt, 10)));
        as(teacher, () -> run(() -> feedback.giveFeedback(classId, firstPrompt, ana.id(), "Good.", 8)));
    }

    @Test
    void theLessonAtAGlanceCountsWhatTeachersMaySee() {
        LessonReview glance =
                as(teacher, () -> review.lessonReview(classId, lessonId, ReviewFilter.NONE, ZoneOffset.UTC));

        int rivers = TEXT.indexOf("Rivers");
        int carry = TEXT.indexOf("carry water");
        int toTheSea = TEXT.indexOf("to the sea");
        assertThat(glance.heat())
                .extracting(LessonReview.HeatSpan::start, LessonReview.HeatSpan::end, LessonReview.HeatSpan::count)
                .as("ben's claim and ana's question overlap on 'carry'; ben's private note is not counted")
                .containsExactly(
                        tuple(rivers, carry, 1),
                        tuple(carry, carry + 5, 2),
                        tuple(carry + 5, carry + 11, 1),
                        tuple(toTheSea, toTheSea + 10, 1));
        assertThat(glance.threads())
                .extracting(LessonReview.ThreadSummary::id)
                .as("latest activity first: ana's reply made ben's claim later than her question")
                .containsExactly(forTeachers, claim, question);
        assertThat(glance.attention().unansweredQuestions())
                .extracting(LessonReview.ThreadSummary::id)
                .containsExactly(question);
        assertThat(glance.attention().inactiveStudents())
                .extracting(LessonReview.Person::accountId)
                .containsExactly(cleo.id());
        assertThat(glance.attention().promptsMostHaveNotAnswered())
                .extracting(
                        LessonReview.PromptGap::promptId,
                        LessonReview.PromptGap::submitted,
                        LessonReview.PromptGap::students)
                .containsExactly(tuple(secondPrompt, 0, 3));
        assertThat(glance.activity())
                .extracting(LessonReview.DayActivity::notes, LessonReview.DayActivity::answers)
                .containsExactly(tuple(4, 1), tuple(0, 1));

        as(teacher, () -> discussion.reply(question, "Gravity."));
        assertThat(as(teacher, () -> review.lessonReview(classId, lessonId, ReviewFilter.NONE, ZoneOffset.UTC))
                        .attention()
                        .unansweredQuestions())
                .isEmpty();
    }

    @Test
    void everyNoteWithATagThatAsksForAnAnswerIsListedUntilAnswered() {
        List<Tag> tags = as(teacher, () -> discussion.tags(classId));
        Tag confusing = tags.stream()
                .filter(t -> t.name().equals("Confusing"))
                .findFirst()
                .orElseThrow();
        assertThat(tags).filteredOn(Tag::asksForAnswer).extracting(Tag::name).containsExactly("Question", "Confusing");
        long lost = as(ben, () -> note("water to", "I am lost here.", confusing.id(), Visibility.CLASS));

        assertThat(as(teacher, () -> review.lessonReview(classId, lessonId, ReviewFilter.NONE, ZoneOffset.UTC))
                        .attention()
                        .unansweredQuestions())
                .extracting(LessonReview.ThreadSummary::id)
                .containsExactly(question, lost);

        as(teacher, () -> run(() -> discussion.setAsksForAnswer(tags.get(1).id(), true)));
        assertThat(as(teacher, () -> review.lessonReview(classId, lessonId, ReviewFilter.NONE, ZoneOffset.UTC))
                        .attention()
                        .unansweredQuestions())
                .as("ben's claim has ana's reply: answered")
                .extracting(LessonReview.ThreadSummary::id)
                .containsExactly(question, lost);
        as(teacher, () -> run(() -> discussion.setAsksForAnswer(confusing.id(), false)));
        assertThat(as(teacher, () -> review.lessonReview(classId, lessonId, ReviewFilter.NONE, ZoneOffset.UTC))
                        .attention()
                        .unansweredQuestions())
                .extracting(LessonReview.ThreadSummary::id)
                .containsExactly(question);
    }

    @Test
    void filtersNarrowTheHeatAndTheThreads() {
        ReviewFilter bens = new ReviewFilter(null, ben.id(), null);
        assertThat(as(teacher, () -> review.lessonReview(classId, lessonId, bens, ZoneOffset.UTC))
                        .threads())
                .extracting(LessonReview.ThreadSummary::id)
                .containsExactly(claim);
        ReviewFilter classOnly = new ReviewFilter(null, null, ReviewFilter.Audience.CLASS);
        LessonReview seenByClass = as(teacher, () -> review.lessonReview(classId, lessonId, classOnly, ZoneOffset.UTC));
        assertThat(seenByClass.threads())
                .extracting(LessonReview.ThreadSummary::id)
                .containsExactly(claim, question);
        assertThat(seenByClass.heat()).extracting(LessonReview.HeatSpan::count).containsExactly(1, 2, 1);
        ReviewFilter teachersOnly = new ReviewFilter(null, null, ReviewFilter.Audience.TEACHERS);
        assertThat(as(teacher, () -> review.lessonReview(classId, lessonId, teachersOnly, ZoneOffset.UTC))
                        .threads())
                .extracting(LessonReview.ThreadSummary::id)
                .containsExactly(forTeachers);
        long questionTag =
                as(teacher, () -> discussion.tags(classId)).getFirst().id();
        assertThat(as(
                                teacher,
                                () -> review.lessonReview(
                                        classId, lessonId, new ReviewFilter(questionTag, null, null), ZoneOffset.UTC))
                        .threads())
                .extracting(LessonReview.ThreadSummary::id)
                .containsExactly(question);
    }

    @Test
    void participationIsCountedPerStudentAndSortedInTheDatabase() {
        List<ParticipationRow> rows =
                as(teacher, () -> review.participation(classId, assignmentId, ParticipationSort.NAME, false, 0, 50));
        assertThat(rows)
                .extracting(
                        ParticipationRow::displayName,
                        ParticipationRow::annotations,
                        ParticipationRow::replies,
                        ParticipationRow::helpfulGiven,
                        ParticipationRow::helpfulReceived,
                        ParticipationRow::answeredOnTime,
                        ParticipationRow::answeredLate,
                        ParticipationRow::notAnswered,
                        ParticipationRow::score)
                .containsExactly(
                        tuple(cleo.displayName(), 0, 0, 0, 0, 0, 0, 2, null),
                        tuple(ana.displayName(), 2, 1, 1, 1, 1, 0, 1, 8),
                        tuple(ben.displayName(), 1, 0, 1, 1, 0, 1, 1, null));
        assertThat(rows).allSatisfy(r -> assertThat(r.maxScore()).isEqualTo(10));
        assertThat(rows.getFirst().lastActive()).isNull();

        assertThat(as(teacher, () -> review.participation(classId, assignmentId, ParticipationSort.LATE, true, 0, 1)))
                .extracting(ParticipationRow::accountId)
                .containsExactly(ben.id());
        assertThat(as(teacher, () -> review.participation(classId, assignmentId, ParticipationSort.NAME, false, 1, 1)))
                .extracting(ParticipationRow::accountId)
                .containsExactly(ana.id());
        assertThat(as(teacher, () -> review.participationCount(classId, assignmentId)))
                .isEqualTo(3);
    }

    @Test
    void theCsvReadsBackWithTheSameCellsAndNoFormula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(
                teacher,
                () -> run(() -> {
                    try {
                        review.writeParticipationCsv(classId, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.EXCEL
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(records).hasSize(3);
        assertThat(records)
                .extracting(
                        r -> r.get("Student"), r -> r.get("Answered late"), r -> r.get("Score"), r -> r.get("Class"))
                .containsExactly(
                        tuple("'=HYPERLINK(\"x\")", "0", "", "Period 3"),
                        tuple(ana.displayName(), "0", "8", "Period 3"),
                        tuple(ben.displayName(), "1", "", "Period 3"));
        assertThat(records.getFirst().get("Reading")).isEqualTo("Water");
    }

    @Test
    void theJsonLdExportFollowsTheW3cModelAndLeavesOutWhatIsPrivate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(
                teacher,
                () -> run(() -> {
                    try {
                        review.writeAnnotationsJsonLd(classId, lessonId, "https://colloquy.example", out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
        JsonNode doc = JsonMapper.builder().build().readTree(out.toByteArray());
        assertThat(doc.get("@context").asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        JsonNode collection = doc.get("@graph").get(0);
        assertThat(collection.get("type").asString()).isEqualTo("AnnotationCollection");
        assertThat(collection.get("total").asInt())
                .as("question, claim, reply, teachers-only note; no private note")
                .isEqualTo(4);
        JsonNode page = doc.get("@graph").get(1);
        assertThat(page.get("type").asString()).isEqualTo("AnnotationPage");
        assertThat(page.get("partOf").asString()).isEqualTo(collection.get("id").asString());
        JsonNode items = page.get("items");
        assertThat(items).hasSize(4);
        for (JsonNode item : items) {
            assertThat(item.get("id").asString()).startsWith("https://colloquy.example/classes/" + classId);
            for (String property : List.of("type", "created", "modified", "creator", "body", "target", "motivation")) {
                assertThat(item.has(property)).as(property).isTrue();
            }
            assertThat(item.get("body").get(0).get("format").asString()).isEqualTo("text/plain");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Only for me.");
        JsonNode questionNode = byId(items, question);
        assertThat(questionNode.get("motivation").asString()).isEqualTo("questioning");
        assertThat(questionNode.get("body").get(1).get("purpose").asString()).isEqualTo("tagging");
        JsonNode selectors = questionNode.get("target").get("selector");
        assertThat(selectors.get(0).get("exact").asString()).isEqualTo("carry water");
        int start = TEXT.codePointCount(0, TEXT.indexOf("carry water"));
        assertThat(selectors.get(1).get("start").asInt())
                .as("code points, not UTF-16 units")
                .isEqualTo(start)
                .isEqualTo(TEXT.indexOf("carry water") - 1);
        assertThat(selectors.get(1).get("end").asInt()).isEqualTo(start + "carry water".length());
        JsonNode reply = StreamSupport.stream(items.spliterator(), false)
                .filter(i -> "replying".equals(i.get("motivation").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(reply.get("target").asString())
                .isEqualTo(byId(items, claim).get("id").asString());
    }

    private static JsonNode byId(JsonNode items, long id) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(i -> i.get("id").asString().endsWith("/annotations/" + id))
                .findFirst()
                .orElseThrow();
    }

    private long note(String quote, String body, Long tagId, Visibility visibility) {
        var text = readings.lessonText(classId, lessonId);
        int start = text.body().indexOf(quote);
        Selection words =
                discussion.select(classId, lessonId, text.textVersion(), start, start + quote.length(), quote);
        return discussion.annotate(
                classId,
                lessonId,
                new NewAnnotation(
                        words.textVersion(), words.start(), words.end(), words.quote(), body, tagId, visibility));
    }

    private <T> T as(Account account, Supplier<T> work) {
        return accounts.as(account, work);
    }

    private static Object run(Runnable action) {
        action.run();
        return null;
    }
}
