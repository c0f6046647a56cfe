package app.colloquy.discussion;

import app.colloquy.platform.InvalidInputException;

/**
 * The draft was saved meanwhile from another tab or device: the later save does not overwrite it.
 * Carries the saved text, so the student can see both and choose.
 */
public class DraftConflictException extends InvalidInputException {

    private final String savedDraft;
    private final int savedRevision;

    public DraftConflictException(String savedDraft, int savedRevision) {
        super("answer", "problem.draftConflictException.thisAnswerWasChangedIn");
        this.savedDraft = savedDraft;
        this.savedRevision = savedRevision;
    }

    public String savedDraft() {
        return savedDraft;
    }

    public int savedRevision() {
        return savedRevision;
    }
}
