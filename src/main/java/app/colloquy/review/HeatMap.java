package app.colloquy.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/** How many ranges cover each stretch of text: one sweep over their ends, O(n log n). */
final class HeatMap {

    private HeatMap() {}

    static List<LessonReview.HeatSpan> of(Collection<int[]> ranges) {
        TreeMap<Integer, Integer> changes = new TreeMap<>();
        for (int[] range : ranges) {
            if (range[1] > range[0]) {
                changes.merge(range[0], 1, Integer::sum);
                changes.merge(range[1], -1, Integer::sum);
            }
        }
        List<LessonReview.HeatSpan> spans = new ArrayList<>();
        int depth = 0;
        Integer from = null;
        for (var change : changes.entrySet()) {
            if (from != null && depth > 0 && change.getKey() > from) {
                spans.add(new LessonReview.HeatSpan(from, change.getKey(), depth));
            }
            depth += change.getValue();
            from = change.getKey();
        }
        return spans;
    }
}
