package app.colloquy.reading;

import app.colloquy.platform.InvalidInputException;

/** The reading is already assigned to the class: change that assignment instead of adding another. */
public class AlreadyAssignedException extends InvalidInputException {

    private final long assignmentId;

    public AlreadyAssignedException(long assignmentId) {
        super("reading", "problem.alreadyAssignedException.thisReadingIsAlreadyAssigned");
        this.assignmentId = assignmentId;
    }

    public long assignmentId() {
        return assignmentId;
    }
}
