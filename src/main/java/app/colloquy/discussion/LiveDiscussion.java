package app.colloquy.discussion;

import app.colloquy.account.SystemActor;
import app.colloquy.platform.live.ChangeFeed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Live updates for the open lesson screens of a node. The screens of one lesson in one class form
 * an audience with one subscription to the change feed. Changes heard within {@link #COALESCE}
 * are gathered; then the changed threads, and the prompts whose answers changed, are read once for
 * every viewer of the audience (the same queries for one viewer or forty, each viewer's visibility
 * applied) and each screen is sent only what its viewer sees of them: the work and the bytes per
 * change do not grow with the discussion's size, nor the reads with the number of viewers.
 */
@Component
public class LiveDiscussion implements DisposableBean {

    /** How long changes are gathered before screens hear of them: a burst becomes one update. */
    static final Duration COALESCE = Duration.ofMillis(100);

    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(LiveDiscussion.class);

    private final LessonChanges changes;
    private final DiscussionService discussions;
    private final AnswerService answers;
    private final Map<Key, Audience> audiences = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-discussion-timer").factory());
    /** Reads for audiences; few threads, so a burst across many lessons cannot take the whole pool. */
    private final ExecutorService readers = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().daemon().name("live-discussion-", 0).factory());

    LiveDiscussion(LessonChanges changes, DiscussionService discussions, AnswerService answers) {
        this.changes = changes;
        this.discussions = discussions;
        this.answers = answers;
    }

    /**
     * Calls {@code screen} (on a background thread) with each update of the lesson's discussion in
     * the class, as the account {@code viewerId} may see it at that moment.
     */
    public ChangeFeed.Subscription watch(
            long classroomId, long lessonId, long viewerId, Consumer<LessonUpdate> screen) {
        Screen entry = new Screen(viewerId, screen);
        Key key = new Key(classroomId, lessonId);
        audiences.compute(key, (k, audience) -> {
            Audience joined = audience == null ? new Audience(k) : audience;
            joined.screens.add(entry);
            return joined;
        });
        return () -> audiences.computeIfPresent(key, (k, audience) -> {
            audience.screens.remove(entry);
            if (audience.screens.isEmpty()) {
                audience.subscription.close();
                return null;
            }
            return audience;
        });
    }

    /** Open screens on this node, for tests and metrics. */
    int audienceCount() {
        return audiences.size();
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
        readers.shutdownNow();
    }

    private record Key(long classroomId, long lessonId) {}

    private record Screen(long viewerId, Consumer<LessonUpdate> sink) {}

    private final class Audience {
        final Key key;
        final List<Screen> screens = new CopyOnWriteArrayList<>();
        final ChangeFeed.Subscription subscription;
        private final Set<LessonChange> pending = new HashSet<>();
        private boolean scheduled;
        /** Whether the last read failed: an outage is logged once per audience, not on every retry. */
        private volatile boolean failing;

        Audience(Key key) {
            this.key = key;
            this.subscription = changes.subscribe(key.classroomId(), key.lessonId(), this::heard);
        }

        private void heard(LessonChange change) {
            gather(List.of(change), COALESCE);
        }

        private synchronized void gather(List<LessonChange> heard, Duration delay) {
            pending.addAll(heard);
            if (!scheduled) {
                scheduled = true;
                timer.schedule(() -> readers.execute(this::flush), delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        private synchronized List<LessonChange> take() {
            List<LessonChange> taken = new ArrayList<>(pending);
            pending.clear();
            scheduled = false;
            return taken;
        }

        private void flush() {
            List<LessonChange> taken = take();
            List<Screen> open = List.copyOf(screens);
            if (taken.isEmpty() || open.isEmpty()) {
                return;
            }
            try {
                Burst burst = Burst.of(taken);
                List<Long> viewers =
                        open.stream().map(Screen::viewerId).distinct().toList();
                Map<Long, ThreadChanges> seen = burst.noteIds().isEmpty() || burst.everything()
                        ? null
                        : SystemActor.call(() ->
                                discussions.threadsAsSeen(key.classroomId(), key.lessonId(), burst.noteIds(), viewers));
                Map<Long, List<PromptAnswers>> prompts = !burst.answers() || burst.everything()
                        ? null
                        : SystemActor.call(() -> answers.promptsAsSeen(
                                key.classroomId(), key.lessonId(), burst.answerPrompts(), viewers));
                for (Screen screen : open) {
                    deliver(screen, burst, seen, prompts);
                }
                failing = false;
            } catch (RuntimeException failed) {
                // The database may be briefly away: try the same changes again shortly (a longer
                // outage ends with a resync from the change feed anyway).
                if (!failing) {
                    log.warn(
                            "Live update of lesson {} in class {} failed; retrying every {} s until it works ({})",
                            key.lessonId(),
                            key.classroomId(),
                            RETRY.toSeconds(),
                            failed.toString());
                }
                failing = true;
                gather(taken, RETRY);
            }
        }

        /** One screen's update; a screen that fails to take it (its tab just closed) does not keep it from the others. */
        private static void deliver(
                Screen screen,
                Burst burst,
                @Nullable Map<Long, ThreadChanges> seen,
                @Nullable Map<Long, List<PromptAnswers>> prompts) {
            long viewer = screen.viewerId();
            LessonUpdate update = (seen != null && !seen.containsKey(viewer))
                            || (prompts != null && !prompts.containsKey(viewer))
                    ? LessonUpdate.gone()
                    : new LessonUpdate(
                            seen == null ? LessonUpdate.NO_THREADS : seen.getOrDefault(viewer, LessonUpdate.NO_THREADS),
                            burst.newNotes(),
                            prompts == null ? List.of() : prompts.getOrDefault(viewer, List.of()),
                            burst.drafting(),
                            burst.everything(),
                            false);
            try {
                screen.sink().accept(update);
            } catch (RuntimeException closed) {
                log.debug("A lesson screen did not take its update: {}", closed.toString());
            }
        }
    }

    /**
     * A gathered burst of changes, by what a screen does with them; {@code answerPrompts} null when
     * every prompt's answers may have changed (one was hidden or shown again).
     */
    private record Burst(
            Set<Long> noteIds,
            Set<Long> newNotes,
            boolean answers,
            @Nullable Set<Long> answerPrompts,
            Set<Long> drafting,
            boolean everything) {

        static Burst of(List<LessonChange> changes) {
            Set<Long> notes = new HashSet<>();
            Set<Long> fresh = new HashSet<>();
            Set<Long> answered = new HashSet<>();
            Set<Long> drafting = new HashSet<>();
            boolean answers = false;
            boolean allAnswers = false;
            boolean everything = false;
            for (LessonChange change : changes) {
                switch (change) {
                    case LessonChange.NotePosted c -> {
                        notes.add(c.noteId());
                        fresh.add(c.noteId());
                    }
                    case LessonChange.ReplyPosted c -> {
                        notes.add(c.noteId());
                        fresh.add(c.noteId());
                    }
                    case LessonChange.NoteEdited c -> notes.add(c.noteId());
                    case LessonChange.NoteDeleted c -> notes.add(c.noteId());
                    case LessonChange.HelpfulChanged c -> notes.add(c.noteId());
                    case LessonChange.NoteModerated c -> notes.add(c.noteId());
                    case LessonChange.AnswersChanged c -> {
                        answers = true;
                        answered.add(c.promptId());
                    }
                    case LessonChange.AnswersModerated c -> {
                        answers = true;
                        allAnswers = true;
                    }
                    case LessonChange.Drafting c -> drafting.add(c.promptId());
                    case LessonChange.TextChanged c -> everything = true;
                    case LessonChange.Resync c -> everything = true;
                }
            }
            return new Burst(
                    Set.copyOf(notes),
                    Set.copyOf(fresh),
                    answers,
                    allAnswers ? null : Set.copyOf(answered),
                    Set.copyOf(drafting),
                    everything);
        }
    }
}
