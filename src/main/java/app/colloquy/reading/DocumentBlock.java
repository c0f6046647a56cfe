package app.colloquy.reading;

import java.util.List;

/**
 * One block of an imported document in reading order: a heading (level 1 is the document's title
 * level) or a paragraph (level 0). Every importer produces these, and {@link #asLessonText} turns
 * them into the text the {@link LessonSplitter} reads, so the three formats share one writer.
 */
record DocumentBlock(int headingLevel, String text) {

    static DocumentBlock heading(int level, String text) {
        return new DocumentBlock(Math.max(1, Math.min(6, level)), text);
    }

    static DocumentBlock paragraph(String text) {
        return new DocumentBlock(0, text);
    }

    boolean isHeading() {
        return headingLevel > 0;
    }

    /**
     * Markdown-style lesson text: "#" marks for headings, a blank line between blocks, runs of
     * whitespace inside a block made one space. Empty blocks are left out. When the top heading
     * level comes more than once it marks sections, not a title, so every heading goes one level
     * down (a lone "#" is what the splitter takes for the title).
     */
    static String asLessonText(List<DocumentBlock> blocks) {
        int top = blocks.stream()
                .filter(DocumentBlock::isHeading)
                .mapToInt(DocumentBlock::headingLevel)
                .min()
                .orElse(0);
        long atTop = blocks.stream()
                .filter(b -> b.isHeading()
                        && b.headingLevel() == top
                        && !oneLine(b.text()).isEmpty())
                .count();
        int shift = top == 1 && atTop > 1 ? 1 : 0;
        StringBuilder text = new StringBuilder();
        for (DocumentBlock block : blocks) {
            String clean = oneLine(block.text());
            if (clean.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            if (block.isHeading()) {
                text.append("#".repeat(Math.min(6, block.headingLevel() + shift)))
                        .append(' ');
            }
            text.append(clean);
        }
        return text.toString();
    }

    /** Whitespace runs (line breaks, tabs, no-break spaces) become one space; soft hyphens go. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00AD' || c == '\u200B') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !out.isEmpty();
            } else if (Character.getType(c) == Character.CONTROL) {
                // Stray control characters (a PDF font's unmapped glyphs) would only make the import refuse the text.
                continue;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
