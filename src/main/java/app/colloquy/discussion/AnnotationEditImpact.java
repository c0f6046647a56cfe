package app.colloquy.discussion;

import app.colloquy.platform.Message;
import app.colloquy.reading.LessonEditImpact;
import app.colloquy.reading.LibraryService;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells a teacher, before saving new lesson text, how many annotations will move and how many cannot be placed. */
@Component
class AnnotationEditImpact implements LessonEditImpact {

    private final DiscussionRepository notes;
    private final LibraryService library;

    AnnotationEditImpact(DiscussionRepository notes, LibraryService library) {
        this.notes = notes;
        this.library = library;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Message> describe(long lessonId, String newBody) {
        String current = library.lessonText(lessonId);
        String next = newBody == null ? "" : newBody.replace("\r\n", "\n");
        if (current.equals(next)) {
            return Optional.empty();
        }
        Reanchoring reanchoring = new Reanchoring(current, next);
        int moved = 0;
        int orphaned = 0;
        int total = 0;
        for (DiscussionRepository.StoredAnchor stored : notes.findPlacedAnchors(lessonId)) {
            total++;
            var placed = reanchoring.relocate(stored.anchor());
            if (placed.isEmpty()) {
                orphaned++;
            } else if (placed.get().start() != stored.startOffset()
                    || !placed.get().exact().equals(stored.quoteExact())) {
                moved++;
            }
        }
        if (moved == 0 && orphaned == 0) {
            return Optional.empty();
        }
        return Optional.of(describe(total, moved, orphaned));
    }

    /** Counts across every class reading the lesson; no note's content is revealed. */
    static Message describe(int total, int moved, int orphaned) {
        return orphaned > 0
                ? Message.of("editImpact.movedAndOrphaned", total, moved, orphaned)
                : Message.of("editImpact.moved", total, moved);
    }
}
