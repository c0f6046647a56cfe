package app.colloquy.review;

import org.jspecify.annotations.Nullable;

/** Narrows the heat overlay and thread list: by tag, by student, by who could see a note (null: any). */
public record ReviewFilter(
        @Nullable Long tagId,
        @Nullable Long studentId,
        @Nullable Audience audience) {

    public static final ReviewFilter NONE = new ReviewFilter(null, null, null);

    /** The visibilities a teacher can see: the whole class, or teachers only. */
    public enum Audience {
        CLASS,
        TEACHERS;
    }

    boolean accepts(ReviewRepository.NoteRow root) {
        return (tagId == null || tagId.equals(root.tagId()))
                && (studentId == null || studentId == root.authorId())
                && (audience == null || audience.name().equals(root.visibility()));
    }
}
