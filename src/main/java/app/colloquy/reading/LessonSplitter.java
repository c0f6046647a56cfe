package app.colloquy.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Proposes lessons for an article: one per section heading. Headings are Markdown headings or,
 * in plain text, lines that read as headings: a single short line without closing sentence
 * punctuation, followed by a body paragraph. Text before the first heading is the introduction;
 * the first line is the title when it reads as one. Paragraphs are kept, nothing is dropped.
 */
public final class LessonSplitter {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final int MAX_HEADING_LENGTH = 120;

    public SplitReading split(String text) {
        List<String> blocks = blocks(text);
        String title = "";
        int start = 0;
        if (!blocks.isEmpty() && readsAsTitle(blocks.getFirst())) {
            title = headingText(blocks.getFirst());
            start = 1;
        }
        List<String> introduction = new ArrayList<>();
        List<SplitReading.Section> sections = new ArrayList<>();
        String heading = null;
        List<String> body = new ArrayList<>();
        for (int i = start; i < blocks.size(); i++) {
            String block = blocks.get(i);
            if (isHeading(blocks, i)) {
                if (heading != null) {
                    sections.add(new SplitReading.Section(heading, paragraphs(body)));
                }
                heading = headingText(block);
                body = new ArrayList<>();
            } else if (heading == null) {
                introduction.add(block);
            } else {
                body.add(block);
            }
        }
        if (heading != null) {
            sections.add(new SplitReading.Section(heading, paragraphs(body)));
        }
        return new SplitReading(title, paragraphs(introduction), sections);
    }

    /** Paragraph blocks with line endings normalised; blank-line runs separate blocks. */
    private static List<String> blocks(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        List<String> blocks = new ArrayList<>();
        for (String block : BLANK_LINES.split(normalised)) {
            String clean = block.strip();
            if (!clean.isEmpty()) {
                blocks.add(clean);
            }
        }
        return blocks;
    }

    private static boolean readsAsTitle(String block) {
        return MARKDOWN_HEADING.matcher(block).matches() || isShortLine(block);
    }

    private static boolean isHeading(List<String> blocks, int index) {
        String block = blocks.get(index);
        if (MARKDOWN_HEADING.matcher(block).matches()) {
            return true;
        }
        boolean followedByBody = index + 1 < blocks.size() && !isShortLine(blocks.get(index + 1));
        return isShortLine(block) && followedByBody;
    }

    private static boolean isShortLine(String block) {
        return !block.contains("\n")
                && block.length() <= MAX_HEADING_LENGTH
                && !endsLikeSentence(block);
    }

    private static boolean endsLikeSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?;,\"”'’)".indexOf(last) >= 0;
    }

    private static String headingText(String block) {
        var markdown = MARKDOWN_HEADING.matcher(block);
        return markdown.matches() ? markdown.group(1).strip() : block.strip();
    }

    private static String paragraphs(List<String> blocks) {
        return String.join("\n\n", blocks);
    }
}
