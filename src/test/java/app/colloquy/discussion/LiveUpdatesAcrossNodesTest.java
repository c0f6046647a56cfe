package app.colloquy.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.Application;
import app.colloquy.account.Account;
import app.colloquy.account.SignedInUser;
import app.colloquy.account.SystemActor;
import app.colloquy.platform.EmbeddedPostgresLauncher;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.live.ChangeFeed;
import app.colloquy.testsupport.TestAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import java.util.function.Supplier;

/**
 * Two app nodes on one database behave as one: a note posted through the first reaches a
 * listener on the second, which re-reads the discussion as its viewer, with that viewer's rights,
 * on the feed's own thread (no request, no security context there).
 */
class LiveUpdatesAcrossNodesTest {

    @TempDir
    Path dataDir;

    @Test
    void aChangeOnOneNodeReachesAViewerOnAnotherWhoReReadsWithTheirOwnRights() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgresLauncher.start(dataDir, true);
             ConfigurableApplicationContext first = node(database);
             ConfigurableApplicationContext second = node(database)) {
            TestAccounts accounts = first.getBean(TestAccounts.class);
            DiscussionFixtures fixtures = first.getBean(DiscussionFixtures.class);
            Account teacher = accounts.createTeacher("teacher");
            Account ana = accounts.create("ana");
            Account ben = accounts.create("ben");
            DiscussionFixtures.Lesson lesson = fixtures.assignedLesson(teacher, ana, ben);

            ChangeFeed secondFeed = second.getBean(ChangeFeed.class);
            DiscussionService secondDiscussion = second.getBean(DiscussionService.class);
            awaitListening(first.getBean(ChangeFeed.class), secondFeed);
            BlockingQueue<Object> seenByBen = new LinkedBlockingQueue<>();
            BlockingQueue<Object> seenByNobody = new LinkedBlockingQueue<>();
            LessonChanges secondChanges = second.getBean(LessonChanges.class);
            BlockingQueue<LessonChange> heard = new LinkedBlockingQueue<>();
            secondChanges.subscribe(lesson.classId(), lesson.lessonId(), change -> {
                heard.add(change);
                seenByBen.add(outcome(() -> SystemActor.callAs(SignedInUser.of(ben),
                        () -> secondDiscussion.discussion(lesson.classId(), lesson.lessonId()))));
            });
            secondChanges.subscribe(lesson.classId(), lesson.lessonId(), change -> seenByNobody.add(outcome(
                    () -> secondDiscussion.discussion(lesson.classId(), lesson.lessonId()))));

            accounts.as(ana, () -> fixtures.annotate(lesson, "water", "Across nodes", Visibility.CLASS));
            Object seen = seenByBen.poll(5, TimeUnit.SECONDS);
            assertThat(seen).isInstanceOf(Discussion.class);
            assertThat(((Discussion) seen).threads()).extracting(t -> t.root().body()).containsExactly("Across nodes");
            long posted = ((Discussion) seen).threads().getFirst().root().id();
            assertThat(heard.poll()).as("the change arrives typed, with its note").isEqualTo(new LessonChange.NotePosted(posted));
            assertThat(seenByNobody.poll(5, TimeUnit.SECONDS)).as("no identity, no discussion")
                    .isInstanceOf(NotFoundException.class);

            accounts.as(ana, () -> fixtures.annotate(lesson, "sea", "Only for me", Visibility.PRIVATE));
            Object afterPrivate = seenByBen.poll(5, TimeUnit.SECONDS);
            assertThat(((Discussion) afterPrivate).threads()).extracting(t -> t.root().body()).containsExactly("Across nodes");
        }
    }

    private ConfigurableApplicationContext node(EmbeddedPostgres database) throws Exception {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--spring.datasource.url=" + EmbeddedPostgresLauncher.ensureDatabase(database, "shared"),
                "--spring.datasource.username=" + EmbeddedPostgresLauncher.USER,
                "--spring.datasource.password=" + EmbeddedPostgresLauncher.password(dataDir),
                "--colloquy.demo-data=false");
    }

    /** Publishes on the first node until the second hears it: both LISTEN connections are up. */
    private static void awaitListening(ChangeFeed first, ChangeFeed second) throws InterruptedException {
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        String ping = null;
        try (ChangeFeed.Subscription ignored = second.subscribe("warm-up", heard::add)) {
            for (int attempt = 0; attempt < 100 && ping == null; attempt++) {
                first.publish("warm-up", "ping");
                ping = heard.poll(100, TimeUnit.MILLISECONDS);
            }
        }
        assertThat(ping).as("the second node hears the first").isEqualTo("ping");
    }

    private static Object outcome(Supplier<Object> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return e;
        }
    }
}
