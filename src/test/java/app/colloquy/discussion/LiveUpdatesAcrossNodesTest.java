package app.colloquy.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.Application;
import app.colloquy.account.Account;
import app.colloquy.platform.EmbeddedPostgresLauncher;
import app.colloquy.platform.live.ChangeFeed;
import app.colloquy.testsupport.TestAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app nodes on one database behave as one: a note posted through the first reaches an open
 * screen on each node once, read on that node with its viewer's rights.
 */
class LiveUpdatesAcrossNodesTest {

    @TempDir
    Path dataDir;

    @Test
    void aChangeReachesAScreenOnEachNodeOnceWithItsViewersRights() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgresLauncher.start(dataDir, true);
                ConfigurableApplicationContext first = node(database);
                ConfigurableApplicationContext second = node(database)) {
            TestAccounts accounts = first.getBean(TestAccounts.class);
            DiscussionFixtures fixtures = first.getBean(DiscussionFixtures.class);
            Account teacher = accounts.createTeacher("teacher");
            Account ana = accounts.create("ana");
            Account ben = accounts.create("ben");
            DiscussionFixtures.Lesson lesson = fixtures.assignedLesson(teacher, ana, ben);

            awaitListening(first.getBean(ChangeFeed.class), second.getBean(ChangeFeed.class));
            BlockingQueue<LessonUpdate> bensScreenOnSecond = new LinkedBlockingQueue<>();
            BlockingQueue<LessonUpdate> anasScreenOnFirst = new LinkedBlockingQueue<>();
            second.getBean(LiveDiscussion.class)
                    .watch(lesson.classId(), lesson.lessonId(), ben.id(), bensScreenOnSecond::add);
            first.getBean(LiveDiscussion.class)
                    .watch(lesson.classId(), lesson.lessonId(), ana.id(), anasScreenOnFirst::add);

            long posted = accounts.as(ana, () -> fixtures.annotate(lesson, "water", "Across nodes", Visibility.CLASS));

            for (BlockingQueue<LessonUpdate> screen : List.of(bensScreenOnSecond, anasScreenOnFirst)) {
                LessonUpdate update = screen.poll(5, TimeUnit.SECONDS);
                assertThat(update)
                        .as("the change reaches a screen on each node")
                        .isNotNull();
                assertThat(update.threads().changed())
                        .extracting(t -> t.root().body())
                        .containsExactly("Across nodes");
                assertThat(update.newNotes()).containsExactly(posted);
                assertThat(screen.poll(3 * LiveDiscussion.COALESCE.toMillis(), TimeUnit.MILLISECONDS))
                        .as("heard once, not once per node")
                        .isNull();
            }

            long secret = accounts.as(ana, () -> fixtures.annotate(lesson, "sea", "Only for me", Visibility.PRIVATE));
            LessonUpdate onSecond = bensScreenOnSecond.poll(5, TimeUnit.SECONDS);
            assertThat(onSecond.threads().changed())
                    .as("read on the second node with Ben's rights")
                    .isEmpty();
            assertThat(onSecond.threads().removed()).containsExactly(secret);
            assertThat(anasScreenOnFirst.poll(5, TimeUnit.SECONDS).threads().changed())
                    .extracting(t -> t.root().body())
                    .containsExactly("Only for me");
        }
    }

    private ConfigurableApplicationContext node(EmbeddedPostgres database) throws Exception {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
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
}
