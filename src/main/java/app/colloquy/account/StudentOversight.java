package app.colloquy.account;

/**
 * Whether one account teaches another in some class. Classes live in another feature; it
 * implements this so account rules (password resets) can ask without depending on it.
 */
public interface StudentOversight {

    boolean teachesStudent(long teacherAccountId, long studentAccountId);
}
