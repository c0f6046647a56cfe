package app.colloquy.reading;

import app.colloquy.platform.InvalidInputException;

/** The reading is already assigned to the class: change that assignment instead of adding another. */
public class AlreadyAssignedException extends InvalidInputException {

    private final long assignmentId;

    public AlreadyAssignedException(long assignmentId) {
        super("reading", "This reading is already assigned to that class. Change that assignment instead.");
        this.assignmentId = assignmentId;
    }

    public long assignmentId() {
        return assignmentId;
    }
}
