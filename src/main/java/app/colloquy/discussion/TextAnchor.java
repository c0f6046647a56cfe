package app.colloquy.discussion;

/**
 * Where an annotation sits in one version of a lesson's text, as the W3C Web Annotation model
 * describes it: a TextQuoteSelector (the exact words with some context either side) and a
 * TextPositionSelector (start inclusive, end exclusive). Offsets count UTF-16 units, as Java and
 * JavaScript strings do; the W3C export converts them to code points.
 */
public record TextAnchor(String exact, String prefix, String suffix, int start, int end) {

    /** Characters of context kept on each side of the quote. */
    static final int CONTEXT = 32;

    /** The anchor of {@code text[start, end)}, which must already lie on character boundaries. */
    static TextAnchor of(String text, int start, int end) {
        int prefixStart = TextBoundaries.snapStart(text, Math.max(0, start - CONTEXT));
        int suffixEnd = TextBoundaries.snapEnd(text, Math.min(text.length(), end + CONTEXT));
        return new TextAnchor(
                text.substring(start, end),
                text.substring(prefixStart, start),
                text.substring(end, suffixEnd),
                start,
                end);
    }
}
