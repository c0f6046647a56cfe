package app.colloquy.architecture;

import java.util.ArrayList;
import java.util.List;

/** The string literals and text blocks of a Java source file, comments and character literals skipped. */
final class JavaStrings {

    private JavaStrings() {}

    static List<String> in(String source) {
        List<String> strings = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = end(source, source.indexOf('\n', i), 0);
            } else if (source.startsWith("/*", i)) {
                i = end(source, source.indexOf("*/", i + 2), 2);
            } else if (source.startsWith("\"\"\"", i)) {
                int close = source.indexOf("\"\"\"", i + 3);
                strings.add(source.substring(i + 3, close));
                i = close + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                i = literal(source, i, strings);
            } else {
                i++;
            }
        }
        return strings;
    }

    private static int end(String source, int found, int length) {
        return found < 0 ? source.length() : found + length;
    }

    /** Reads a quoted literal from its opening quote; a string is kept, a character skipped. */
    private static int literal(String source, int open, List<String> strings) {
        char quote = source.charAt(open);
        StringBuilder text = new StringBuilder();
        int i = open + 1;
        while (source.charAt(i) != quote) {
            if (source.charAt(i) == '\\') {
                i++;
            }
            text.append(source.charAt(i));
            i++;
        }
        if (quote == '"') {
            strings.add(text.toString());
        }
        return i + 1;
    }
}
