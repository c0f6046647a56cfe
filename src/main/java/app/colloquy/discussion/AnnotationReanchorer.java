package app.colloquy.discussion;

import app.colloquy.reading.LessonTextChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves every class's annotations on a lesson to its new text in the transaction that saves the
 * text, so no annotation ever points into a version nobody reads; what cannot be placed becomes
 * an orphan, kept with its quote.
 */
@Component
class AnnotationReanchorer {

    private final DiscussionRepository notes;
    private final LessonChanges changes;

    AnnotationReanchorer(DiscussionRepository notes, LessonChanges changes) {
        this.notes = notes;
        this.changes = changes;
    }

    /** Runs inside the saving transaction, after the caller was checked as an editor of the lesson. */
    @EventListener
    public void lessonTextChanged(LessonTextChanged change) {
        Reanchoring reanchoring = new Reanchoring(change.oldBody(), change.newBody());
        for (DiscussionRepository.StoredAnchor stored : notes.findPlacedAnchors(change.lessonId())) {
            reanchoring
                    .relocate(stored.anchor())
                    .ifPresentOrElse(
                            anchor -> notes.moveAnchor(stored.id(), change.newVersion(), anchor),
                            () -> notes.markOrphaned(stored.id()));
        }
        changes.publish(change.lessonId(), new LessonChange.TextChanged(change.newVersion()));
    }
}
