package app.colloquy.reading;

import app.colloquy.platform.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * The text of a PDF's text layer by Apache PDFBox, as a reader would take it: lines in the order the
 * document writes them (one column after the other, not across), headings from font size and bold
 * lines, paragraphs from spacing, indents and short closing lines, words broken at line ends joined
 * again, and the running headers, footers and page numbers left out. A PDF without a text layer
 * (a scan) is refused with a message saying so.
 */
final class PdfDocumentText {

    /** Larger PDFs than this are books, not readings; the limit also bounds the work. */
    static final int MAX_PAGES = 400;

    private PdfDocumentText() {}

    /** One line of text as laid out: page, baseline and edges in points from the page's top left. */
    record Line(
            int page,
            float pageHeight,
            float baseline,
            float left,
            float right,
            float size,
            boolean bold,
            String text) {

        float width() {
            return right - left;
        }
    }

    static List<DocumentBlock> read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw new InvalidInputException(
                        "file",
                        "problem.pdfDocumentText.thatPdfHasPagesImport",
                        document.getNumberOfPages(),
                        MAX_PAGES);
            }
            LineCollector collector = new LineCollector();
            collector.getText(document);
            List<Line> lines = withoutRunningLines(collector.lines, document.getNumberOfPages());
            if (lines.stream().mapToInt(l -> l.text().strip().length()).sum() < 40) {
                throw new InvalidInputException("file", "problem.pdfDocumentText.thatPdfHasNoText");
            }
            return new Layout(lines).blocks();
        } catch (InvalidPasswordException locked) {
            throw new InvalidInputException("file", "problem.pdfDocumentText.thatPdfIsProtectedBy");
        }
    }

    /** Gathers the stripper's words into lines with their size, weight and position. */
    private static final class LineCollector extends PDFTextStripper {
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<TextPosition> positions = new ArrayList<>();

        LineCollector() {
            setSortByPosition(false);
            setSuppressDuplicateOverlappingText(true);
        }

        @Override
        protected void writeString(String string, List<TextPosition> textPositions) {
            text.append(string);
            positions.addAll(textPositions);
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writePageEnd() {
            endLine();
        }

        private void endLine() {
            if (!text.toString().isBlank() && !positions.isEmpty()) {
                float[] sizes = new float[positions.size()];
                float baseline = 0;
                float left = Float.MAX_VALUE;
                float right = 0;
                int boldCount = 0;
                for (int i = 0; i < positions.size(); i++) {
                    TextPosition p = positions.get(i);
                    sizes[i] = p.getFontSizeInPt();
                    baseline = Math.max(baseline, p.getYDirAdj());
                    left = Math.min(left, p.getXDirAdj());
                    right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                    if (isBold(p.getFont())) {
                        boldCount++;
                    }
                }
                Arrays.sort(sizes);
                float pageHeight = getCurrentPage().getMediaBox().getHeight();
                lines.add(new Line(
                        getCurrentPageNo(),
                        pageHeight,
                        baseline,
                        left,
                        right,
                        sizes[sizes.length / 2],
                        boldCount * 10 >= positions.size() * 9,
                        text.toString().strip()));
            }
            text.setLength(0);
            positions.clear();
        }

        private static boolean isBold(PDFont font) {
            if (font == null) {
                return false;
            }
            PDFontDescriptor descriptor = font.getFontDescriptor();
            String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
            return name.contains("bold")
                    || name.contains("black")
                    || name.contains("heavy")
                    || (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600));
        }
    }

    /**
     * Page headers, footers and page numbers: lines in the top or bottom tenth of a page that are
     * only a page number, or whose text (digits aside) comes back on other pages there.
     */
    static List<Line> withoutRunningLines(List<Line> lines, int pages) {
        Map<String, Set<Integer>> pagesByText = new HashMap<>();
        for (Line line : lines) {
            if (inMargin(line)) {
                pagesByText
                        .computeIfAbsent(withoutDigits(line.text()), k -> new HashSet<>())
                        .add(line.page());
            }
        }
        int repeatsOn = Math.max(2, (pages * 2 + 4) / 5);
        return lines.stream()
                .filter(line -> !inMargin(line)
                        || !(isPageNumber(line.text())
                                || pagesByText
                                                .getOrDefault(withoutDigits(line.text()), Set.of())
                                                .size()
                                        >= repeatsOn))
                .toList();
    }

    private static boolean inMargin(Line line) {
        return line.baseline() < line.pageHeight() * 0.1 || line.baseline() > line.pageHeight() * 0.9;
    }

    private static String withoutDigits(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isDigit(c) ? '#' : Character.toLowerCase(c)));
        return out.toString().strip();
    }

    /** "7", "- 7 -", "Page 7", "7 of 12", "Page 7 of 12". */
    private static boolean isPageNumber(String text) {
        String rest = text.toLowerCase(Locale.ROOT)
                .replace("page", "")
                .replace("of", "")
                .replace("-", "")
                .replace("–", "");
        return !rest.isBlank() && rest.chars().allMatch(c -> Character.isDigit(c) || Character.isWhitespace(c));
    }

    /** Headings and paragraphs out of the lines, judged against the body text's size and spacing. */
    private static final class Layout {
        private final List<Line> lines;
        private final float bodySize;
        private final float lineSpacing;
        private final float bodyWidth;
        private final List<Float> headingSizes;
        private final LineJoiner joiner;

        Layout(List<Line> lines) {
            this.lines = lines;
            this.joiner = new LineJoiner(lines.stream().map(Line::text).toList());
            this.bodySize = mostCommonSize(lines);
            List<Line> body = lines.stream()
                    .filter(l -> Math.abs(l.size() - bodySize) < 0.6f)
                    .toList();
            this.lineSpacing = medianSpacing(body, bodySize);
            this.bodyWidth = median(body.stream().map(Line::width).toList());
            TreeSet<Float> larger = new TreeSet<>((a, b) -> Float.compare(b, a));
            lines.stream()
                    .filter(l -> l.size() >= bodySize * 1.15f && isShort(l.text()))
                    .forEach(l -> larger.add(round(l.size())));
            this.headingSizes = new ArrayList<>(larger);
        }

        List<DocumentBlock> blocks() {
            List<DocumentBlock> blocks = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            int headingLevel = 0;
            Line previous = null;
            for (Line line : lines) {
                int level = headingLevel(line, previous);
                boolean startsBlock = previous == null
                        || level != headingLevel
                        || level > 0 && !headingGoesOn(line, previous)
                        || level == 0 && paragraphStartsAt(line, previous);
                if (startsBlock) {
                    add(blocks, headingLevel, paragraph);
                    headingLevel = level;
                    paragraph.append(line.text());
                } else {
                    joiner.join(paragraph, line.text());
                }
                previous = line;
            }
            add(blocks, headingLevel, paragraph);
            return blocks;
        }

        /** A larger size is a heading by its rank among the sizes; a whole bold short line of body size is one below them. */
        private int headingLevel(Line line, @Nullable Line previous) {
            int rank = headingSizes.indexOf(round(line.size()));
            if (rank >= 0 && isShort(line.text())) {
                return rank + 1;
            }
            boolean standsAlone =
                    previous == null || previous.page() != line.page() || gapAbove(line, previous) > lineSpacing * 1.3f;
            if (line.bold() && isShort(line.text()) && standsAlone) {
                return headingSizes.size() + 1;
            }
            return 0;
        }

        /** A heading too long for one line goes on in the next at its own size's spacing. */
        private boolean headingGoesOn(Line line, Line previous) {
            return gapAbove(line, previous) <= Math.max(lineSpacing, line.size() * 1.3f) * 1.3f;
        }

        private boolean paragraphStartsAt(Line line, Line previous) {
            if (line.page() == previous.page() && line.baseline() > previous.baseline()) {
                float gap = gapAbove(line, previous);
                boolean sameColumn = Math.abs(line.left() - previous.left()) < bodySize * 4;
                if (gap > lineSpacing * 1.4f || sameColumn && line.left() > previous.left() + bodySize * 0.8f) {
                    return true;
                }
            }
            // A short line that closes a sentence ends its paragraph (also at the foot of a column or page).
            return previous.width() < bodyWidth * 0.8f && endsSentence(previous.text()) && startsSentence(line.text());
        }

        private static float gapAbove(Line line, Line previous) {
            return line.page() == previous.page() ? line.baseline() - previous.baseline() : Float.MAX_VALUE;
        }

        private static void add(List<DocumentBlock> blocks, int level, StringBuilder text) {
            if (!text.isEmpty()) {
                blocks.add(
                        level > 0
                                ? DocumentBlock.heading(level, text.toString())
                                : DocumentBlock.paragraph(text.toString()));
            }
            text.setLength(0);
        }

        private static float mostCommonSize(List<Line> lines) {
            Map<Float, Integer> characters = new HashMap<>();
            lines.forEach(l -> characters.merge(round(l.size()), l.text().length(), Integer::sum));
            return characters.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(10f);
        }

        private static float medianSpacing(List<Line> body, float size) {
            List<Float> gaps = new ArrayList<>();
            for (int i = 1; i < body.size(); i++) {
                float gap = body.get(i).baseline() - body.get(i - 1).baseline();
                if (body.get(i).page() == body.get(i - 1).page() && gap > size * 0.8f && gap < size * 3) {
                    gaps.add(gap);
                }
            }
            return gaps.isEmpty() ? size * 1.2f : median(gaps);
        }

        private static float median(List<Float> values) {
            if (values.isEmpty()) {
                return 0;
            }
            List<Float> sorted = values.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        private static float round(float size) {
            return Math.round(size * 2) / 2f;
        }
    }

    /** Short enough for a heading and not closing a sentence; a heading may end in ":" or "?". */
    private static boolean isShort(String text) {
        return text.length() <= 120 && !(endsSentence(text) && text.strip().endsWith("."));
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        int end = t.length();
        while (end > 0 && "\"”’')]".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?:".indexOf(t.charAt(end - 1)) >= 0;
    }

    private static boolean startsSentence(String text) {
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "“\"‘'(".indexOf(first) >= 0;
    }
}
