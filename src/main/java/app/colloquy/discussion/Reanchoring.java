package app.colloquy.discussion;

import java.util.LinkedList;
import java.util.Optional;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;

/**
 * Moves anchors made on one version of a lesson's text to the next (docs/decisions/0011). First
 * the exact quote, where the edit moved it or wherever its context matches best; then the range
 * the edit turned it into, if that is still nearly the same words in nearly the same context.
 * Anything else is an orphan: empty, never attached to unrelated words.
 */
final class Reanchoring {

    /** Share of the quote's characters that may differ for an approximate match. */
    static final double MAX_QUOTE_CHANGE = 0.25;
    /** Share of the context that must still match for an exact quote found somewhere else. */
    static final double MIN_CONTEXT_MATCH = 0.5;
    /** A quote this long that occurs once is distinctive on its own, whatever its context. */
    static final int DISTINCTIVE_QUOTE = 32;

    private final String newText;
    private final LinkedList<Diff> diff;
    private final DiffMatchPatch dmp = new DiffMatchPatch();

    Reanchoring(String oldText, String newText) {
        this.newText = newText;
        dmp.diffTimeout = 2f;
        this.diff = dmp.diffMain(oldText, newText, false);
    }

    /** Where the anchor now stands, or empty when it cannot be placed with confidence. */
    Optional<TextAnchor> relocate(TextAnchor old) {
        int expectedStart = dmp.diffXIndex(diff, old.start());
        return exactQuote(old, expectedStart)
                .or(() -> editedQuote(old, expectedStart))
                .map(range -> TextAnchor.of(newText, range[0], range[1]));
    }

    private Optional<int[]> exactQuote(TextAnchor old, int expectedStart) {
        String exact = old.exact();
        if (newText.startsWith(exact, expectedStart)) {
            return Optional.of(new int[] {expectedStart, expectedStart + exact.length()});
        }
        int best = -1;
        double bestContext = -1;
        int occurrences = 0;
        for (int i = newText.indexOf(exact); i >= 0; i = newText.indexOf(exact, i + 1)) {
            occurrences++;
            double context = contextMatch(old, i, i + exact.length());
            if (context > bestContext || (context == bestContext && nearer(i, best, expectedStart))) {
                best = i;
                bestContext = context;
            }
        }
        boolean confident =
                bestContext >= MIN_CONTEXT_MATCH || (occurrences == 1 && exact.length() >= DISTINCTIVE_QUOTE);
        return best >= 0 && confident ? Optional.of(new int[] {best, best + exact.length()}) : Optional.empty();
    }

    /** The range the edit made of the old quote, accepted only when little changed in or around it. */
    private Optional<int[]> editedQuote(TextAnchor old, int expectedStart) {
        int end = dmp.diffXIndex(diff, old.end());
        return TextBoundaries.selection(newText, expectedStart, Math.max(expectedStart, end))
                .filter(range -> distance(old.exact(), newText.substring(range[0], range[1]))
                        <= MAX_QUOTE_CHANGE * old.exact().length())
                .filter(range -> contextSimilar(old, range[0], range[1]));
    }

    /** How much of the stored prefix and suffix stand unchanged next to {@code [start, end)}, 0 to 1. */
    private double contextMatch(TextAnchor old, int start, int end) {
        int expected = old.prefix().length() + old.suffix().length();
        if (expected == 0) {
            return 1;
        }
        int prefix = commonSuffix(
                old.prefix(), newText.substring(Math.max(0, start - old.prefix().length()), start));
        int suffix = commonPrefix(
                old.suffix(),
                newText.substring(
                        end, Math.min(newText.length(), end + old.suffix().length())));
        return (double) (prefix + suffix) / expected;
    }

    private boolean contextSimilar(TextAnchor old, int start, int end) {
        String prefix = newText.substring(Math.max(0, start - old.prefix().length()), start);
        String suffix = newText.substring(
                end, Math.min(newText.length(), end + old.suffix().length()));
        return similar(old.prefix(), prefix) || similar(old.suffix(), suffix);
    }

    private boolean similar(String expected, String actual) {
        return distance(expected, actual) <= expected.length() / 2.0;
    }

    private int distance(String a, String b) {
        return dmp.diffLevenshtein(dmp.diffMain(a, b, false));
    }

    private static boolean nearer(int candidate, int best, int expected) {
        return Math.abs(candidate - expected) < Math.abs(best - expected);
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int commonSuffix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }
}
