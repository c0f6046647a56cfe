package app.colloquy.reading;

import app.colloquy.platform.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The language a reading is written in, as a BCP 47 tag; the lesson text carries it so screen
 * readers pronounce it and browsers hyphenate it right, whatever the interface's language.
 */
public final class ReadingLanguage {

    /** The languages offered in the import and editor lists; any ISO 639 language is accepted. */
    public static final List<String> OFFERED = List.of(
            "en", "es", "fr", "de", "it", "pt", "nl", "pl", "sv", "ru", "uk", "el", "tr", "ar", "he", "hi", "zh", "ja",
            "ko", "la");

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private ReadingLanguage() {}

    /** The tag as stored; refused when it names no language. */
    static String checked(String tag) {
        Locale language = Locale.forLanguageTag(tag == null ? "" : tag.strip());
        if (!ISO_LANGUAGES.contains(language.getLanguage())) {
            throw new InvalidInputException("language", "problem.reading.unknownLanguage");
        }
        return language.toLanguageTag();
    }
}
