package app.colloquy.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes lessons for an article: one per top-level section heading. Headings are Markdown
 * headings or, in plain text, lines that read as headings: a paragraph of one short line without
 * closing sentence punctuation, followed by body text. A line ending in a colon that introduces a
 * list is not a heading. The first line is the title when it reads as one; text before the first
 * heading is the introduction. Text is never dropped, duplicated or reordered.
 */
public final class LessonSplitter {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern LIST_ITEM = Pattern.compile("(?s)^\\s*([-*•+]|\\d{1,3}[.)])\\s+.*");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*•+]\\s+.*");
    private static final int MAX_HEADING_LENGTH = 100;
    private static final int MAX_TITLE_LENGTH = 150;

    public SplitReading split(String text) {
        List<String> blocks = blocks(text);
        String title = "";
        int start = 0;
        List<String> introduction = new ArrayList<>();
        if (!blocks.isEmpty() && readsAsTitle(blocks, 0)) {
            title = headingText(blocks.getFirst());
            start = 1;
        } else if (!blocks.isEmpty() && titleLineAbove(blocks.getFirst()) != null) {
            // The lines under such a title (a subtitle, a dateline) open the introduction.
            title = titleLineAbove(blocks.getFirst());
            introduction.add(blocks.getFirst().substring(blocks.getFirst().indexOf('\n') + 1).strip());
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
        String normalised = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').strip();
        // Without blank lines, long lines are paragraphs (a pasted speech); short ones are hard-wrapped text.
        boolean linePerParagraph = !BLANK_LINE.matcher(normalised).find()
                && normalised.lines().anyMatch(line -> line.length() > MAX_TITLE_LENGTH);
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
            } else if (linePerParagraph || MARKDOWN_HEADING.matcher(line).matches()) {
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
    private static String titleLineAbove(String block) {
        if (!block.contains("\n")) {
            return null;
        }
        String[] lines = block.split("\n", 3);
        String first = lines[0].strip();
        String next = lines[1].strip();
        boolean allCapitals = first.chars().noneMatch(Character::isLowerCase) && first.chars().anyMatch(Character::isLetter);
        boolean shortBeforeSentence = first.length() * 4 <= next.length() * 3
                && !next.isEmpty() && Character.isUpperCase(next.charAt(0));
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
        Matcher markdown = MARKDOWN_HEADING.matcher(block);
        if (markdown.matches()) {
            int level = markdown.group(1).length();
            return level == 1 || blocks.stream().skip(1).noneMatch(b -> markdownLevel(b) > 0 && markdownLevel(b) <= level);
        }
        return isTitleLine(block);
    }

    /** One short line, no closing sentence punctuation, not a list item, not a salutation ending in a colon. */
    private static boolean isTitleLine(String line) {
        return isShortLine(line, MAX_TITLE_LENGTH) && !LIST_ITEM.matcher(line).matches() && !line.endsWith(":");
    }

    /** The Markdown level whose headings become lessons: the highest level used; 0 for plain text. */
    private static int sectionLevel(List<String> blocks, int start) {
        return blocks.stream().skip(start).mapToInt(LessonSplitter::markdownLevel).filter(l -> l > 0).min().orElse(0);
    }

    private static boolean isSectionHeading(List<String> blocks, int index, int sectionLevel) {
        String block = blocks.get(index);
        if (sectionLevel > 0) {
            return markdownLevel(block) == sectionLevel;
        }
        if (!isShortLine(block, MAX_HEADING_LENGTH) || BULLET.matcher(block).matches()) {
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
        return !isShortLine(block, MAX_HEADING_LENGTH) || LIST_ITEM.matcher(block).matches() || introducesList(blocks, index);
    }

    private static boolean introducesList(List<String> blocks, int index) {
        return blocks.get(index).endsWith(":") && index + 1 < blocks.size()
                && LIST_ITEM.matcher(blocks.get(index + 1)).matches();
    }

    private static int markdownLevel(String block) {
        Matcher markdown = MARKDOWN_HEADING.matcher(block);
        return markdown.matches() && !block.contains("\n") ? markdown.group(1).length() : 0;
    }

    private static boolean isShortLine(String block, int maxLength) {
        return !block.contains("\n") && block.length() <= maxLength && !endsLikeSentence(block);
    }

    /** Ends in . ! ? ; or , possibly followed by closing quotes or brackets. */
    private static boolean endsLikeSentence(String line) {
        String trimmed = line.replaceAll("[\"”’')\\]]+$", "");
        if (trimmed.isEmpty()) {
            return true;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return ".!?;,".indexOf(last) >= 0;
    }

    private static String headingText(String block) {
        Matcher markdown = MARKDOWN_HEADING.matcher(block);
        return markdown.matches() ? markdown.group(2).strip() : block.strip();
    }

    private static String join(List<String> blocks) {
        return String.join("\n\n", blocks);
    }
}
