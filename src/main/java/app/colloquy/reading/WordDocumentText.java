package app.colloquy.reading;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;

/**
 * The text of a Word document (.docx) by Apache POI: headings from the paragraph styles ("Title",
 * "Heading 1".., or a style based on one, or an outline level), lists and table cells as
 * paragraphs, in the document's order. Headers, footers and comments are not part of the reading.
 */
final class WordDocumentText {

    private WordDocumentText() {}

    static List<DocumentBlock> read(InputStream docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(docx)) {
            List<DocumentBlock> blocks = new ArrayList<>();
            ListNumbers numbers = new ListNumbers();
            boolean hasTitleStyle = document.getParagraphs().stream().anyMatch(p -> isTitle(document.getStyles(), p));
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    add(document.getStyles(), paragraph, hasTitleStyle, numbers, blocks);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(p -> blocks.add(DocumentBlock.paragraph(p.getText())));
                        }
                    }
                }
            }
            return blocks;
        }
    }

    /**
     * With a "Title" paragraph, it is the title (#) and "Heading 1" the sections (##); without
     * one, "Heading 1" is the top level.
     */
    private static void add(
            XWPFStyles styles,
            XWPFParagraph paragraph,
            boolean hasTitleStyle,
            ListNumbers numbers,
            List<DocumentBlock> blocks) {
        String text = paragraph.getText();
        String mark = numbers.next(paragraph);
        if (isTitle(styles, paragraph)) {
            blocks.add(DocumentBlock.heading(1, text));
            return;
        }
        int level = headingLevel(styles, paragraph);
        if (level > 0) {
            blocks.add(DocumentBlock.heading(hasTitleStyle ? level + 1 : level, text));
        } else {
            blocks.add(DocumentBlock.paragraph(mark + text));
        }
    }

    /** "- " for a bulleted item, "3. " for the third item of a numbered list, "" outside lists. */
    private static final class ListNumbers {
        private @Nullable BigInteger list;
        private int count;

        String next(XWPFParagraph paragraph) {
            BigInteger id = paragraph.getNumID();
            if (id == null) {
                list = null;
                return "";
            }
            if ("bullet".equals(paragraph.getNumFmt())) {
                return "- ";
            }
            count = id.equals(list) ? count + 1 : 1;
            list = id;
            return count + ". ";
        }
    }

    private static boolean isTitle(XWPFStyles styles, XWPFParagraph paragraph) {
        return styleNames(styles, paragraph).stream().anyMatch(name -> name.equals("title"));
    }

    /** 1-6 for a heading style or outline level (also through the style it is based on), else 0. */
    private static int headingLevel(XWPFStyles styles, XWPFParagraph paragraph) {
        for (String name : styleNames(styles, paragraph)) {
            String compact = name.replace(" ", "");
            if (compact.startsWith("heading") && compact.length() == "heading".length() + 1) {
                char digit = compact.charAt(compact.length() - 1);
                if (digit >= '1' && digit <= '6') {
                    return digit - '0';
                }
            }
        }
        if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getOutlineLvl() != null) {
            BigInteger outline = paragraph.getCTP().getPPr().getOutlineLvl().getVal();
            if (outline != null && outline.intValue() < 6) {
                return outline.intValue() + 1;
            }
        }
        return 0;
    }

    /** The paragraph's style id and name, then those of the styles it is based on, lower case. */
    private static List<String> styleNames(XWPFStyles styles, XWPFParagraph paragraph) {
        List<String> names = new ArrayList<>();
        String id = paragraph.getStyleID();
        for (int depth = 0; id != null && styles != null && depth < 10; depth++) {
            names.add(id.toLowerCase(Locale.ROOT));
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                break;
            }
            if (style.getName() != null) {
                names.add(style.getName().toLowerCase(Locale.ROOT));
            }
            id = style.getBasisStyleID();
        }
        return names;
    }
}
