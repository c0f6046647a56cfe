package app.colloquy.discussion;

import app.colloquy.platform.live.ChangeFeed;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Announces {@link LessonChange}s through the change feed (delivered on every node once the
 * transaction commits) and lets a lesson screen hear those of its class and lesson.
 */
@Component
public class LessonChanges {

    private final ChangeFeed feed;

    LessonChanges(ChangeFeed feed) {
        this.feed = feed;
    }

    /** A change to the lesson's discussion or answers in one class. */
    void publish(long classroomId, long lessonId, LessonChange change) {
        feed.publish(classTopic(classroomId, lessonId), change.encode());
    }

    /** A change to the lesson itself, heard in every class that reads it. */
    void publish(long lessonId, LessonChange.TextChanged change) {
        feed.publish(lessonTopic(lessonId), change.encode());
    }

    /** Calls {@code listener} on a feed thread with each change to the lesson and its discussion in the class. */
    public ChangeFeed.Subscription subscribe(long classroomId, long lessonId, Consumer<LessonChange> listener) {
        // A resync reaches every topic: heard once, through the class's topic.
        List<ChangeFeed.Subscription> subscriptions = List.of(
                feed.subscribe(
                        classTopic(classroomId, lessonId),
                        text -> LessonChange.parse(text).ifPresent(listener)),
                feed.subscribe(
                        lessonTopic(lessonId),
                        text -> LessonChange.parse(text)
                                .filter(LessonChange.TextChanged.class::isInstance)
                                .ifPresent(listener)));
        return () -> subscriptions.forEach(ChangeFeed.Subscription::close);
    }

    private static String classTopic(long classroomId, long lessonId) {
        return "discussion:" + classroomId + ":" + lessonId;
    }

    private static String lessonTopic(long lessonId) {
        return "lesson:" + lessonId;
    }
}
