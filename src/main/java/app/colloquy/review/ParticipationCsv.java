package app.colloquy.review;

import app.colloquy.reading.ClassAssignment;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Participation and scores as CSV that spreadsheet programs open as they should: UTF-8 with a byte
 * order mark (Excel reads accents right), RFC 4180 quoting by Commons CSV, and text cells that a
 * spreadsheet would run as a formula prefixed with an apostrophe. Rows are written as they are read.
 */
@Component
class ParticipationCsv {

    static final String[] HEADER = {
        "Class",
        "Reading",
        "Student",
        "Notes",
        "Replies",
        "Helpful given",
        "Helpful received",
        "Prompts",
        "Answered on time",
        "Answered late",
        "Not answered",
        "Score",
        "Maximum score",
        "Last active (UTC)"
    };

    void write(String className, List<ClassAssignment> assignments, ParticipationRepository rows, OutputStream out)
            throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter csv = CSVFormat.EXCEL.builder().setHeader(HEADER).get().print(writer);
        try {
            for (ClassAssignment assignment : assignments) {
                rows.streamAll(assignment.assignmentId(), row -> print(csv, className, assignment.title(), row));
            }
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
        csv.flush();
    }

    private static void print(CSVPrinter csv, String className, String reading, ParticipationRow row) {
        try {
            csv.printRecord(
                    text(className),
                    text(reading),
                    text(row.displayName()),
                    row.annotations(),
                    row.replies(),
                    row.helpfulGiven(),
                    row.helpfulReceived(),
                    row.promptCount(),
                    row.answeredOnTime(),
                    row.answeredLate(),
                    row.notAnswered(),
                    row.score() == null ? "" : row.score(),
                    row.maxScore() == null ? "" : row.maxScore(),
                    row.lastActive() == null ? "" : row.lastActive().toString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) starts with an apostrophe. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
