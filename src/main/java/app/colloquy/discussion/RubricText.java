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
            throw problem("Use at most " + Rubric.MAX_CRITERIA + " criteria; this has " + criteria.size() + ".");
        }
        return criteria;
    }

    private static Rubric.Criterion criterion(String line, int number) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw problem("Line " + number
                    + ": write the criterion, a colon, then its levels, like “Evidence: 2 Strong, 1 Some, 0 None”.");
        }
        String name = line.substring(0, colon).strip();
        if (name.length() > Rubric.MAX_NAME) {
            throw problem(
                    "Line " + number + ": the criterion's name is longer than " + Rubric.MAX_NAME + " characters.");
        }
        List<Rubric.Level> levels = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (String part : line.substring(colon + 1).split(",")) {
            Rubric.Level level = level(part.strip(), number);
            if (!seen.add(level.points())) {
                throw problem("Line " + number + ": two levels are worth " + level.points() + " points.");
            }
            levels.add(level);
        }
        if (levels.size() < 2 || levels.size() > Rubric.MAX_LEVELS) {
            throw problem("Line " + number + ": give " + name + " 2 to " + Rubric.MAX_LEVELS + " levels.");
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
            throw problem("Line " + number + ": write each level as points and a name, like “2 Strong”.");
        }
        int points = Integer.parseInt(part.substring(0, digits));
        if (points > Rubric.MAX_POINTS || label.length() > 60) {
            throw problem("Line " + number + ": levels are worth 0 to " + Rubric.MAX_POINTS
                    + " points, with names up to 60 characters.");
        }
        return new Rubric.Level(points, label);
    }

    private static InvalidInputException problem(String message) {
        return new InvalidInputException("rubric", message);
    }
}
