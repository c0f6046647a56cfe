package app.colloquy.discussion;

import app.colloquy.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a rubric as a teacher types it, one criterion per line: {@code Evidence: 2 Strong, 1 Some,
 * 0 None}. Problems are said with the line they are on. No regular expressions: plain splits.
 */
final class RubricText {

    private RubricText() {}

    /** The criteria without ids yet; empty text is no rubric. */
    static List<Rubric.Criterion> parse(String text) {
        List<Rubric.Criterion> criteria = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                criteria.add(criterion(line, i + 1));
            }
        }
        if (criteria.size() > Rubric.MAX_CRITERIA) {
            throw problem("problem.rubric.tooManyCriteria", Rubric.MAX_CRITERIA, criteria.size());
        }
        return criteria;
    }

    private static Rubric.Criterion criterion(String line, int number) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw problem("problem.rubric.noColon", number);
        }
        String name = line.substring(0, colon).strip();
        if (name.length() > Rubric.MAX_NAME) {
            throw problem("problem.rubric.nameTooLong", number, Rubric.MAX_NAME);
        }
        List<Rubric.Level> levels = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (String part : line.substring(colon + 1).split(",")) {
            Rubric.Level level = level(part.strip(), number);
            if (!seen.add(level.points())) {
                throw problem("problem.rubric.samePoints", number, level.points());
            }
            levels.add(level);
        }
        if (levels.size() < 2 || levels.size() > Rubric.MAX_LEVELS) {
            throw problem("problem.rubric.levelCount", number, name, Rubric.MAX_LEVELS);
        }
        return new Rubric.Criterion(0, name, List.copyOf(levels));
    }

    private static Rubric.Level level(String part, int number) {
        int digits = 0;
        while (digits < part.length() && digits < 4 && Character.isDigit(part.charAt(digits))) {
            digits++;
        }
        String label = part.substring(digits).strip();
        if (digits == 0 || label.isEmpty()) {
            throw problem("problem.rubric.levelShape", number);
        }
        int points = Integer.parseInt(part.substring(0, digits));
        if (points > Rubric.MAX_POINTS || label.length() > 60) {
            throw problem("problem.rubric.levelRange", number, Rubric.MAX_POINTS);
        }
        return new Rubric.Level(points, label);
    }

    private static InvalidInputException problem(String key, Object... args) {
        return new InvalidInputException("rubric", key, args);
    }
}
