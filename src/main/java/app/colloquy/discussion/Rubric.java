package app.colloquy.discussion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A prompt's rubric in a class: criteria, each with levels worth points; an answer's score is the
 * sum of the levels chosen. Written and read as text, one criterion per line, levels after a
 * colon, highest first: {@code Evidence: 2 Strong, 1 Some, 0 None}.
 */
public record Rubric(List<Criterion> criteria) {

    public static final Rubric NONE = new Rubric(List.of());
    static final int MAX_CRITERIA = 10;
    static final int MAX_LEVELS = 6;
    static final int MAX_POINTS = 100;
    static final int MAX_NAME = 100;

    public record Criterion(long id, String name, List<Level> levels) {
        public int maxPoints() {
            return levels.stream().mapToInt(Level::points).max().orElse(0);
        }

        public Optional<Level> level(int points) {
            return levels.stream().filter(l -> l.points() == points).findFirst();
        }
    }

    public record Level(int points, String label) {
        @Override
        public String toString() {
            return points + " · " + label;
        }
    }

    public boolean isEmpty() {
        return criteria.isEmpty();
    }

    /** The highest score the rubric gives. */
    public int maxScore() {
        return criteria.stream().mapToInt(Criterion::maxPoints).sum();
    }

    /** The rubric as the teacher writes it. */
    public String asText() {
        List<String> lines = new ArrayList<>();
        for (Criterion c : criteria) {
            lines.add(c.name() + ": "
                    + String.join(
                            ", ",
                            c.levels().stream()
                                    .map(l -> l.points() + " " + l.label())
                                    .toList()));
        }
        return String.join("\n", lines);
    }
}
