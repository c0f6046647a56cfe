package app.colloquy.discussion;

import java.util.List;

/**
 * A lesson's discussion in one class as one viewer may see it: threads anchored in the text in
 * text order, orphaned threads (their words were edited away) apart, and what the viewer may do.
 */
public record Discussion(
        long classroomId,
        long lessonId,
        int textVersion,
        List<NoteThread> threads,
        List<NoteThread> orphans,
        List<Tag> tags,
        boolean viewerIsTeacher,
        boolean canWrite) {}
