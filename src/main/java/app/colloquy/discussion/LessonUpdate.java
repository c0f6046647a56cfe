package app.colloquy.discussion;

import java.util.List;
import java.util.Set;

/**
 * What one open lesson screen is told after a burst of changes (coalesced): the threads that
 * changed as its viewer sees them now, which of the changed notes are new (to announce), the
 * prompts whose answers changed as its viewer sees them now, prompts someone is drafting an answer to, or that everything must
 * be read again (the text changed, or changes were missed). {@code noLongerAvailable}: the viewer
 * may no longer open the lesson.
 */
public record LessonUpdate(
        ThreadChanges threads,
        Set<Long> newNotes,
        List<PromptAnswers> prompts,
        Set<Long> drafting,
        boolean everything,
        boolean noLongerAvailable) {

    static final ThreadChanges NO_THREADS = new ThreadChanges(List.of(), Set.of());

    static LessonUpdate gone() {
        return new LessonUpdate(NO_THREADS, Set.of(), List.of(), Set.of(), false, true);
    }
}
