package app.colloquy.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph of a lesson's stored text, by offsets into that text (UTF-16 units, as the
 * reading pane counts them). {@code textStart} skips a Markdown heading's {@code #} marks, which
 * are shown as a subheading instead; {@code headingLevel} is 0 for ordinary paragraphs.
 * This is the one rule that cuts lesson text into paragraphs: blank lines separate them.
 */
public record LessonParagraph(int start, int end, int textStart, int headingLevel) {

    /** What the reader sees of this paragraph. */
    public String text(String body) {
        return body.substring(textStart, end);
    }

    /** The paragraphs of {@code body}, in order; whitespace-only lines separate them. */
    public static List<LessonParagraph> of(String body) {
        List<LessonParagraph> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        int lineStart = 0;
        while (lineStart <= body.length()) {
            int newline = body.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? body.length() : newline;
            int contentEnd = trimmedEnd(body, lineStart, lineEnd);
            if (contentEnd > lineStart && !body.substring(lineStart, contentEnd).isBlank()) {
                if (start < 0) {
                    start = lineStart;
                }
                end = contentEnd;
            } else if (start >= 0) {
                paragraphs.add(paragraph(body, start, end));
                start = -1;
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (start >= 0) {
            paragraphs.add(paragraph(body, start, end));
        }
        return paragraphs;
    }

    /** Paragraph texts as stored (headings keep their marks), for editing and splitting. */
    public static List<String> texts(String body) {
        return of(body).stream().map(p -> body.substring(p.start(), p.end())).toList();
    }

    private static int trimmedEnd(String body, int from, int to) {
        int end = to;
        while (end > from
                && (body.charAt(end - 1) == '\r' || body.charAt(end - 1) == ' ' || body.charAt(end - 1) == '\t')) {
            end--;
        }
        return end;
    }

    private static LessonParagraph paragraph(String body, int start, int end) {
        int first = start;
        while (first < end && (body.charAt(first) == ' ' || body.charAt(first) == '\t')) {
            first++;
        }
        int hashes = 0;
        while (first + hashes < end && body.charAt(first + hashes) == '#') {
            hashes++;
        }
        boolean oneLine = body.indexOf('\n', start) < 0 || body.indexOf('\n', start) >= end;
        boolean heading = hashes >= 1
                && hashes <= 6
                && oneLine
                && first + hashes < end
                && body.charAt(first + hashes) == ' '
                && !body.substring(first + hashes, end).isBlank();
        if (!heading) {
            return new LessonParagraph(start, end, start, 0);
        }
        int textStart = first + hashes;
        while (body.charAt(textStart) == ' ') {
            textStart++;
        }
        return new LessonParagraph(start, end, textStart, hashes);
    }
}
