package app.colloquy.discussion;

import java.util.List;
import java.util.Set;

/**
 * Threads of a lesson's discussion that changed, as one viewer sees them now: each changed thread
 * whole (root and replies), and the roots of threads that are gone from their view.
 */
public record ThreadChanges(List<NoteThread> changed, Set<Long> removed) {

    public boolean isEmpty() {
        return changed.isEmpty() && removed.isEmpty();
    }
}
