package app.colloquy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every language says everything, with the same values in it, and every key the code asks for exists. */
class MessageBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /** Keys written in the code: tr("…"), Message.of("…"), problems' keys and the keys given for empty input. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:\\btr\\(|Message\\.of\\(|Exception\\(\\s*\"[A-Za-z]+\",\\s*|,\\s*)\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9_.]+)\"");

    @Test
    void spanishHasEveryEnglishMessageWithTheSameValues() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(spanish.getProperty(key)))
                    .as(key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void everyMessageIsAValidPatternInItsLanguage() throws IOException {
        for (Locale language : MessageBundle.LANGUAGES) {
            Properties messages = load(
                    language.equals(MessageBundle.ENGLISH)
                            ? "messages.properties"
                            : "messages_" + language.getLanguage() + ".properties");
            for (String key : messages.stringPropertyNames()) {
                new MessageFormat(messages.getProperty(key), language);
            }
        }
    }

    /** A lone apostrophe starts a quote in MessageFormat and swallows what follows. */
    @Test
    void everyApostropheIsWrittenTwice() throws IOException {
        List<String> lone = new ArrayList<>();
        for (String name : List.of("messages.properties", "messages_es.properties")) {
            Properties messages = load(name);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                String withoutPairsAndQuotedBraces =
                        pattern.replace("''", "").replace("'{'", "").replace("'}'", "");
                if (withoutPairsAndQuotedBraces.indexOf('\'') >= 0) {
                    lone.add(name + ": " + key);
                }
            }
        }
        assertThat(lone).isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundle() throws IOException {
        Properties english = load("messages.properties");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher keys = KEY_IN_CODE.matcher(Files.readString(file));
                while (keys.find()) {
                    String key = keys.group(1);
                    if (looksLikeMessageKey(key) && !english.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Keys built in code from a name: an enum constant, a kind of item, the thread list's own words. */
    private static final List<String> BUILT_KEY_PREFIXES = List.of("enum.", "kindWithArticle.", "threads.");

    @Test
    void everyMessageInTheBundleIsUsed() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                code.append(Files.readString(file));
            }
        }
        List<String> unused = load("messages.properties").stringPropertyNames().stream()
                .filter(key -> BUILT_KEY_PREFIXES.stream().noneMatch(key::startsWith))
                .filter(key -> code.indexOf("\"" + key + "\"") < 0)
                .sorted()
                .toList();
        assertThat(unused).isEmpty();
        BUILT_KEY_PREFIXES.forEach(
                prefix -> assertThat(code.indexOf("\"" + prefix)).as(prefix).isNotNegative());
    }

    @Test
    void aChoiceOfLanguageFallsBackToEnglish() {
        assertThat(MessageBundle.supported(Locale.forLanguageTag("es-MX"))).isEqualTo(MessageBundle.SPANISH);
        assertThat(MessageBundle.supported(Locale.JAPANESE)).isEqualTo(MessageBundle.ENGLISH);
        assertThat(MessageBundle.text(Locale.forLanguageTag("es-AR"), "duration.seconds", 1))
                .isEqualTo("1 segundo");
        assertThat(MessageBundle.text(Locale.GERMAN, "duration.seconds", 40)).isEqualTo("40 seconds");
    }

    /** Keys are feature.name; file names, properties and addresses in literals are not. */
    private static boolean looksLikeMessageKey(String literal) {
        return !literal.matches(".*\\.(java|properties|ts|css|sql|csv|json|html|png|pdf|txt|md)$")
                && !literal.startsWith("colloquy.")
                && !literal.startsWith("spring.")
                && !literal.startsWith("app.");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
