package app.colloquy.discussion;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An annotation or a reply as one viewer may see it. A deleted note that still has replies keeps
 * its place with {@code deleted} set and no body. Roots carry the quote and its range in the
 * current lesson text; an orphaned root keeps its quote but has no range. A note a teacher hid
 * has no body for classmates; its author and the teachers see the body and {@code hiddenReason}.
 */
public record Note(
        long id,
        @Nullable Long parentId,
        String authorName,
        boolean authorIsTeacher,
        boolean mine,
        @Nullable String body,
        @Nullable String tag,
        Visibility visibility,
        String quote,
        @Nullable Integer start,
        @Nullable Integer end,
        boolean orphaned,
        Instant createdAt,
        @Nullable Instant editedAt,
        boolean deleted,
        int helpfulCount,
        boolean helpfulByMe,
        boolean hidden,
        @Nullable String hiddenReason,
        Actions actions) {

    public boolean edited() {
        return editedAt != null;
    }

    /**
     * What the viewer may do with the note, as the services decide it ({@link Permissions}): a
     * screen shows these and nothing else. Reply is offered on thread roots.
     */
    public record Actions(boolean reply, boolean markHelpful, boolean change, boolean flag, boolean moderate) {}
}
