package app.colloquy.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes one benchmark's results into its own section of docs/performance.md, leaving the other
 * benchmarks' sections as they were, so each benchmark can run alone.
 */
public final class BenchmarkReport {

    private static final Path FILE = Path.of("docs", "performance.md");
    private static final String TITLE =
            "# Performance\n\nResults of `mvn -Pbenchmark verify`, one section per benchmark.\n";

    private BenchmarkReport() {}

    public static void writeSection(String name, String markdown) throws IOException {
        String start = "<!-- benchmark:" + name + " -->";
        String end = "<!-- /benchmark:" + name + " -->";
        String section = start + "\n" + markdown.strip() + "\n" + end;
        String current = Files.exists(FILE) ? Files.readString(FILE) : TITLE;
        if (!current.contains("<!-- benchmark:")) {
            current = TITLE;
        }
        int from = current.indexOf(start);
        int to = current.indexOf(end);
        String updated = from >= 0 && to > from
                ? current.substring(0, from) + section + current.substring(to + end.length())
                : current.stripTrailing() + "\n\n" + section + "\n";
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, updated);
    }

    /**
     * Times a call {@code rounds} times after 5 warm-up calls: a table row "median | p95 | max |
     * statements", statements being the SQL statements the last call sent (see {@link StatementCounting}).
     */
    public static String timed(int rounds, Runnable call) {
        for (int i = 0; i < 5; i++) {
            call.run();
        }
        double[] millis = new double[rounds];
        long statements = 0;
        for (int i = 0; i < rounds; i++) {
            long before = StatementCounting.STATEMENTS.get();
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
            statements = StatementCounting.STATEMENTS.get() - before;
        }
        return row(millis, String.valueOf(statements));
    }

    public static String row(double[] millis, String statements) {
        double[] p = percentiles(millis);
        return "%.1f | %.1f | %.1f | %s".formatted(p[0], p[1], p[2], statements);
    }

    /** Median, p95 and maximum of timed calls, in milliseconds. */
    public static double[] percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1]
        };
    }
}
