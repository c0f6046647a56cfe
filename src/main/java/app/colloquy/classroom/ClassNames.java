package app.colloquy.classroom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names one viewer sees for a class's people. In a class that uses pseudonyms a student sees
 * every other student as "Classmate A", "Classmate B"... by order of joining, so the same person
 * has the same pseudonym in every lesson; teachers and the viewer keep their names. Anyone the
 * class does not know as a student (a teacher) is shown by name.
 */
public final class ClassNames {

    /** Everyone by their own name: teachers, and classes without pseudonyms. */
    public static final ClassNames REAL = new ClassNames(Map.of());

    private final Map<Long, String> pseudonyms;

    private ClassNames(Map<Long, String> pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    static ClassNames pseudonyms(List<Long> studentsInJoiningOrder, long viewerId) {
        Map<Long, String> pseudonyms = new HashMap<>();
        for (int i = 0; i < studentsInJoiningOrder.size(); i++) {
            long student = studentsInJoiningOrder.get(i);
            if (student != viewerId) {
                pseudonyms.put(student, "Classmate " + letters(i));
            }
        }
        return new ClassNames(Map.copyOf(pseudonyms));
    }

    /** The name to show for the account: its pseudonym if it has one for this viewer. */
    public String of(long accountId, String displayName) {
        return pseudonyms.getOrDefault(accountId, displayName);
    }

    public boolean usesPseudonyms() {
        return !pseudonyms.isEmpty();
    }

    /** 0 is A, 25 is Z, 26 is AA: spreadsheet column letters. */
    static String letters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
