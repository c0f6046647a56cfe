package app.colloquy.classroom;

import app.colloquy.platform.InvalidInputException;

/** A join code that cannot be used, with what the student should do about it. */
public class JoinCodeProblem extends InvalidInputException {

    static final String FIELD = "joinCode";

    private JoinCodeProblem(String message) {
        super(FIELD, message);
    }

    static JoinCodeProblem unknown() {
        return new JoinCodeProblem("problem.joinCodeProblem.thisCodeDoesNotOpen");
    }

    static JoinCodeProblem malformed() {
        return new JoinCodeProblem("problem.joinCodeProblem.joinCodesHave8Letters");
    }

    static JoinCodeProblem joiningOff() {
        return new JoinCodeProblem("problem.joinCodeProblem.thisClassIsNotTaking");
    }

    static JoinCodeProblem archived() {
        return new JoinCodeProblem("problem.joinCodeProblem.thisClassHasBeenArchived");
    }
}
