package app.colloquy.discussion;

import org.jspecify.annotations.Nullable;

/**
 * A new annotation as the reading pane reports it: a range in the given text version (UTF-16
 * offsets), the quote the reader saw there, and the note itself. {@code tagId} may be null.
 */
public record NewAnnotation(
        int textVersion,
        int start,
        int end,
        String quote,
        String body,
        @Nullable Long tagId,
        Visibility visibility) {}
