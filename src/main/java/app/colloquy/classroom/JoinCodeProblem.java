package app.colloquy.classroom;

import app.colloquy.platform.InvalidInputException;

/** A join code that cannot be used, with what the student should do about it. */
public class JoinCodeProblem extends InvalidInputException {

    static final String FIELD = "joinCode";

    private JoinCodeProblem(String message) {
        super(FIELD, message);
    }

    static JoinCodeProblem unknown() {
        return new JoinCodeProblem("This code does not open any class. Check it for typos, or ask your teacher "
                + "for the current code: codes have 8 letters and digits and may have been replaced.");
    }

    static JoinCodeProblem malformed() {
        return new JoinCodeProblem("Join codes have 8 letters and digits, like K7QM-4TZP. Check what you typed.");
    }

    static JoinCodeProblem joiningOff() {
        return new JoinCodeProblem(
                "This class is not taking new members right now. Ask your teacher to turn joining on.");
    }

    static JoinCodeProblem archived() {
        return new JoinCodeProblem("This class has been archived and no longer takes new members. Ask your teacher "
                + "for the code of their current class.");
    }
}
