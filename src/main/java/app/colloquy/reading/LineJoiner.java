package app.colloquy.reading;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Joins the lines of a paragraph as laid out in a PDF into running text. Lines join with a space,
 * except at a dash or a break inside a word. A soft or typographic hyphen (U+00AD, U+2010) at a
 * line's end is the typesetter's and goes. A plain hyphen is ambiguous, so the document itself
 * decides: it stays when the producer marks its own breaks differently, before a capital or a digit
 * ("pro-American", "1945-1961"), in a word with hyphens already ("daughter-in-law"), when the
 * document writes the word with a hyphen elsewhere, or when both halves are words the document uses
 * on their own ("political-military"); otherwise it is taken as a break ("nego-tiation").
 */
final class LineJoiner {

    private final boolean marksBreaks;
    /** How often each word occurs, halves of hyphenated words included, line-end fragments left out. */
    private final Map<String, Integer> words = new HashMap<>();
    /** Hyphenated words as the document writes them inside its lines, lower case ("re-examination"). */
    private final Map<String, Integer> hyphenated = new HashMap<>();

    LineJoiner(List<String> lines) {
        this.marksBreaks = lines.stream().anyMatch(l -> l.endsWith("\u00AD") || l.endsWith("\u2010"));
        for (String line : lines) {
            String[] tokens = line.strip().split(" ");
            for (int i = 0; i < tokens.length; i++) {
                String token = lettersAndHyphens(tokens[i]);
                boolean fragment = i == tokens.length - 1 && tokens[i].endsWith("-");
                if (!fragment && !token.isEmpty()) {
                    if (token.indexOf('-') > 0) {
                        hyphenated.merge(token, 1, Integer::sum);
                    }
                    for (String word : token.split("-")) {
                        words.merge(word, 1, Integer::sum);
                    }
                }
            }
        }
    }

    void join(StringBuilder paragraph, String next) {
        int last = paragraph.length() - 1;
        char end = paragraph.charAt(last);
        boolean insideWord = last > 0
                && Character.isLetterOrDigit(paragraph.charAt(last - 1))
                && Character.isLetterOrDigit(next.codePointAt(0));
        if (insideWord && (end == '\u00AD' || end == '\u2010')) {
            paragraph.setLength(last);
        } else if (insideWord && end == '-') {
            if (isBreak(paragraph, next)) {
                paragraph.setLength(last);
            }
        } else if (!(insideWord && end == '\u2013') && end != '\u2014' && !next.startsWith("\u2014")) {
            paragraph.append(' ');
        }
        paragraph.append(next);
    }

    private boolean isBreak(StringBuilder paragraph, String next) {
        String before = lastWord(paragraph);
        String first = next.split(" ", 2)[0];
        String after = lettersAndHyphens(first);
        if (marksBreaks
                || !Character.isLowerCase(next.codePointAt(0))
                || !Character.isLetter(paragraph.charAt(paragraph.length() - 2))) {
            return false;
        }
        boolean compound = before.indexOf('-') < before.length() - 1
                || after.indexOf('-') > 0
                || hyphenated.containsKey(before + after.split("-")[0])
                || words.containsKey(before.substring(0, before.length() - 1)) && words.getOrDefault(after, 0) >= 2;
        return !compound;
    }

    /** The word, letters and hyphens, that the text ends with, lower case ("daughter-in-"). */
    private static String lastWord(CharSequence text) {
        int start = text.length() - 1;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        return text.subSequence(start, text.length()).toString().toLowerCase(Locale.ROOT);
    }

    /** A token's letters and inner hyphens, lower case, without the punctuation around it. */
    private static String lettersAndHyphens(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && !Character.isLetter(token.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(token.charAt(to - 1))) {
            to--;
        }
        String word = token.substring(from, to).toLowerCase(Locale.ROOT);
        return word.chars().allMatch(c -> Character.isLetter(c) || c == '-') ? word : "";
    }
}
