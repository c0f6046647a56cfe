package app.colloquy.account;

/**
 * Whether one account teaches another in some class. Classes live in another feature; it
 * implements this so account rules (password resets) can ask without depending on it.
 */
public interface StudentOversight {

    /**
     * True when the teacher teaches a class the student is currently in, and the student teaches
     * no class anywhere: only then may the teacher act on the student's account.
     */
    boolean teachesOnlyStudent(long teacherAccountId, long studentAccountId);
}
