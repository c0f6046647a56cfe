package app.colloquy.reading.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.platform.ui.Translate;
import app.colloquy.reading.ReadingLanguage;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The language a reading is written in, each named in itself and, when that differs, in the
 * interface's language ("Deutsch (alemán)"), so a teacher finds it whatever language they use.
 */
class ReadingLanguageSelect extends Select<String> {

    ReadingLanguageSelect(String current) {
        setLabel(tr("reading.language"));
        setHelperText(tr("reading.languageHelp"));
        List<String> tags = new ArrayList<>(ReadingLanguage.OFFERED);
        if (!tags.contains(current)) {
            tags.add(current);
        }
        setItems(tags);
        setItemLabelGenerator(ReadingLanguageSelect::name);
        setValue(current);
    }

    /** The interface's language when the reading may be in it, for a new reading. */
    static String interfaceLanguage() {
        String language = Translate.locale().getLanguage();
        return ReadingLanguage.OFFERED.contains(language) ? language : "en";
    }

    private static String name(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        String own = capitalised(language.getDisplayLanguage(language), language);
        Locale shownIn = Translate.locale();
        String local = capitalised(language.getDisplayLanguage(shownIn), shownIn);
        return own.equalsIgnoreCase(local) ? own : own + " (" + local + ")";
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
