package app.colloquy.reading;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Proposes lessons for an article: one per top-level section heading. Headings are Markdown
 * headings or, in plain text, lines that read as headings: a paragraph of one short line without
 * closing sentence punctuation, followed by body text. A line ending in a colon that introduces a
 * list is not a heading. The first line is the title when it reads as one; text before the first
 * heading is the introduction. Text is never dropped, duplicated or reordered.
 *
 * <p>Teachers paste anything, so every rule is a single scan of its line or block: no regular
 * expression that could backtrack on a long run of spaces, '#' or punctuation. Splitting is linear
 * in the length of the text.
 */
public final class LessonSplitter {

    private static final int MAX_HEADING_LENGTH = 100;
    private static final int MAX_TITLE_LENGTH = 150;

    public SplitReading split(String text) {
        List<String> blocks = blocks(text);
        String title = "";
        int start = 0;
        List<String> introduction = new ArrayList<>();
        String titleAbove = blocks.isEmpty() ? null : titleLineAbove(blocks.getFirst());
        if (!blocks.isEmpty() && readsAsTitle(blocks, 0)) {
            title = headingText(blocks.getFirst());
            start = 1;
        } else if (titleAbove != null) {
            // The lines under such a title (a subtitle, a dateline) open the introduction.
            title = titleAbove;
            introduction.add(blocks.getFirst()
                    .substring(blocks.getFirst().indexOf('\n') + 1)
                    .strip());
            start = 1;
        }
        int sectionLevel = sectionLevel(blocks, start);
        List<SplitReading.Section> sections = new ArrayList<>();
        String heading = null;
        List<String> body = new ArrayList<>();
        for (int i = start; i < blocks.size(); i++) {
            String block = blocks.get(i);
            if (isSectionHeading(blocks, i, sectionLevel)) {
                if (heading != null) {
                    sections.add(new SplitReading.Section(heading, join(body)));
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
            sections.add(new SplitReading.Section(heading, join(body)));
        }
        return new SplitReading(title, join(introduction), sections);
    }

    /**
     * Paragraphs: blank lines separate them, and a Markdown heading line is always a paragraph of
     * its own (Markdown often puts text right under a heading). Fenced code stays one block. A text
     * with no blank lines at all (a speech pasted line by line) has one paragraph per line.
     */
    static List<String> blocks(String text) {
        String normalised = text.replace("\uFEFF", "")
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .strip();
        // Without blank lines, long lines are paragraphs (a pasted speech); short ones are hard-wrapped text.
        boolean linePerParagraph =
                !hasBlankLine(normalised) && normalised.lines().anyMatch(line -> line.length() > MAX_TITLE_LENGTH);
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inFence = false;
        for (String line : normalised.split("\n")) {
            boolean fenceMark = line.strip().startsWith("```") || line.strip().startsWith("~~~");
            if (inFence || fenceMark) {
                append(current, line);
                inFence = inFence != fenceMark;
            } else if (line.isBlank()) {
                flush(current, blocks);
            } else if (linePerParagraph || markdownHeading(line) != null) {
                flush(current, blocks);
                append(current, line);
                flush(current, blocks);
            } else {
                append(current, line);
            }
        }
        flush(current, blocks);
        return blocks;
    }

    /**
     * A title typed directly above the first paragraph, without a blank line: the first line of
     * the first block, when it reads as a title (all capitals, or clearly shorter than the next
     * line, which starts a new sentence). A hard-wrapped paragraph's first line does not.
     */
    private static @Nullable String titleLineAbove(String block) {
        if (!block.contains("\n")) {
            return null;
        }
        String[] lines = block.split("\n", 3);
        String first = lines[0].strip();
        String next = lines[1].strip();
        boolean allCapitals =
                first.chars().noneMatch(Character::isLowerCase) && first.chars().anyMatch(Character::isLetter);
        boolean shortBeforeSentence =
                first.length() * 4 <= next.length() * 3 && !next.isEmpty() && Character.isUpperCase(next.charAt(0));
        return isTitleLine(first) && (allCapitals || shortBeforeSentence) ? first : null;
    }

    private static void append(StringBuilder block, String line) {
        if (!block.isEmpty()) {
            block.append('\n');
        }
        block.append(line);
    }

    private static void flush(StringBuilder block, List<String> blocks) {
        String clean = block.toString().strip();
        if (!clean.isEmpty()) {
            blocks.add(clean);
        }
        block.setLength(0);
    }

    private static boolean readsAsTitle(List<String> blocks, int index) {
        String block = blocks.get(index);
        if (blocks.size() < 2) {
            return false;
        }
        MarkdownHeading markdown = markdownHeading(block);
        if (markdown != null) {
            int level = markdown.level();
            return level == 1
                    || blocks.stream().skip(1).noneMatch(b -> markdownLevel(b) > 0 && markdownLevel(b) <= level);
        }
        return isTitleLine(block);
    }

    /** One short line, no closing sentence punctuation, not a list item, not a salutation ending in a colon. */
    private static boolean isTitleLine(String line) {
        return isShortLine(line, MAX_TITLE_LENGTH) && !isListItem(line) && !line.endsWith(":");
    }

    /** The Markdown level whose headings become lessons: the highest level used; 0 for plain text. */
    private static int sectionLevel(List<String> blocks, int start) {
        return blocks.stream()
                .skip(start)
                .mapToInt(LessonSplitter::markdownLevel)
                .filter(l -> l > 0)
                .min()
                .orElse(0);
    }

    private static boolean isSectionHeading(List<String> blocks, int index, int sectionLevel) {
        String block = blocks.get(index);
        if (sectionLevel > 0) {
            return markdownLevel(block) == sectionLevel;
        }
        if (!isShortLine(block, MAX_HEADING_LENGTH) || isBullet(block)) {
            return false;
        }
        if (index + 1 >= blocks.size()) {
            return false;
        }
        return !introducesList(blocks, index) && readsAsBody(blocks, index + 1);
    }

    /** Body text: a real paragraph, a list, or a line that introduces a list. */
    private static boolean readsAsBody(List<String> blocks, int index) {
        String block = blocks.get(index);
        return !isShortLine(block, MAX_HEADING_LENGTH) || isListItem(block) || introducesList(blocks, index);
    }

    private static boolean introducesList(List<String> blocks, int index) {
        return blocks.get(index).endsWith(":") && index + 1 < blocks.size() && isListItem(blocks.get(index + 1));
    }

    private static int markdownLevel(String block) {
        MarkdownHeading markdown = markdownHeading(block);
        return markdown == null ? 0 : markdown.level();
    }

    /** A Markdown ATX heading: its level (1-6) and its text without the marks. */
    record MarkdownHeading(int level, String text) {}

    /**
     * The line as a Markdown heading: 1 to 6 '#', at least one space or tab, then the text; a
     * closing run of '#' after a space is dropped (so "# C#" keeps its '#'). Null when the line is
     * no heading, or holds a line break.
     */
    static @Nullable MarkdownHeading markdownHeading(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        if (level < 1
                || level > 6
                || level == line.length()
                || !isSpaceOrTab(line.charAt(level))
                || line.indexOf('\n') >= 0) {
            return null;
        }
        String text = line.substring(level).strip();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '#') {
            end--;
        }
        if (end < text.length() && (end == 0 || isSpaceOrTab(text.charAt(end - 1)))) {
            String withoutClosing = text.substring(0, end).strip();
            text = withoutClosing.isEmpty() ? text : withoutClosing;
        }
        return text.isEmpty() ? null : new MarkdownHeading(level, text);
    }

    /** A list item: optional leading whitespace, a bullet or a number of 1-3 digits with '.' or ')', then whitespace. */
    private static boolean isListItem(String block) {
        int i = skipWhitespace(block, 0);
        if (i < block.length() && isBulletMark(block.charAt(i))) {
            return i + 1 < block.length() && Character.isWhitespace(block.charAt(i + 1));
        }
        int digits = 0;
        while (i + digits < block.length() && digits <= 3 && isAsciiDigit(block.charAt(i + digits))) {
            digits++;
        }
        int mark = i + digits;
        return digits >= 1
                && digits <= 3
                && mark + 1 < block.length()
                && (block.charAt(mark) == '.' || block.charAt(mark) == ')')
                && Character.isWhitespace(block.charAt(mark + 1));
    }

    /** A one-line bullet item ("- ", "* ", "• ", "+ "). */
    private static boolean isBullet(String block) {
        int i = skipWhitespace(block, 0);
        return block.indexOf('\n', i) < 0
                && i + 1 < block.length()
                && isBulletMark(block.charAt(i))
                && Character.isWhitespace(block.charAt(i + 1));
    }

    /** A line holding only spaces or tabs between two line breaks. */
    private static boolean hasBlankLine(String text) {
        int previousBreak = -1;
        boolean onlyBlanksSince = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (previousBreak >= 0 && onlyBlanksSince) {
                    return true;
                }
                previousBreak = i;
                onlyBlanksSince = true;
            } else if (!isSpaceOrTab(c)) {
                onlyBlanksSince = false;
            }
        }
        return false;
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBulletMark(char c) {
        return c == '-' || c == '*' || c == '•' || c == '+';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isShortLine(String block, int maxLength) {
        return !block.contains("\n") && block.length() <= maxLength && !endsLikeSentence(block);
    }

    /** Ends in . ! ? ; or , possibly followed by closing quotes or brackets. */
    private static boolean endsLikeSentence(String line) {
        int end = line.length();
        while (end > 0 && "\"”’')]".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == 0 || ".!?;,".indexOf(line.charAt(end - 1)) >= 0;
    }

    private static String headingText(String block) {
        MarkdownHeading markdown = markdownHeading(block);
        return markdown != null ? markdown.text() : block.strip();
    }

    private static String join(List<String> blocks) {
        return String.join("\n\n", blocks);
    }
}
