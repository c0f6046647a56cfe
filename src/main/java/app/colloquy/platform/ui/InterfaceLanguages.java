package app.colloquy.platform.ui;

import app.colloquy.platform.MessageBundle;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Tells Vaadin which languages the interface speaks, so a new session starts in the browser's
 * language when it is one of them, and lets components translate through {@link MessageBundle}.
 */
@Component
class InterfaceLanguages implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return MessageBundle.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return MessageBundle.text(locale, key, params);
    }
}
