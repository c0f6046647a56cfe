package app.colloquy.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.colloquy.account.Account;
import app.colloquy.account.AccountService;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.discussion.AnswerService;
import app.colloquy.platform.MessageBundle;
import app.colloquy.reading.ReadingService;
import app.colloquy.reading.ui.ReadingPane;
import app.colloquy.testsupport.BrowserlessTest;
import app.colloquy.testsupport.TestReadings;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks the main screens in Spanish, as a teacher, a student and an admin, and reads every text a
 * person sees or hears (text, labels, placeholders, helper texts, accessible names, titles): none
 * may still be English. The test data is written in Spanish so any English found is the interface's.
 */
class SpanishInterfaceTest extends BrowserlessTest {

    /** Words that are English and not Spanish: any of them on a Spanish screen is an untranslated string. */
    private static final Set<String> ENGLISH = Set.of(
            "the",
            "your",
            "you",
            "and",
            "with",
            "this",
            "that",
            "not",
            "yet",
            "save",
            "lesson",
            "lessons",
            "reading",
            "readings",
            "answer",
            "answers",
            "notes",
            "note",
            "student",
            "students",
            "teacher",
            "teachers",
            "classes",
            "sign",
            "join",
            "prompt",
            "prompts",
            "review",
            "feedback",
            "due",
            "open",
            "show",
            "hide",
            "delete",
            "edit",
            "reply",
            "new",
            "my",
            "all",
            "of",
            "to",
            "is",
            "for",
            "from",
            "by",
            "at",
            "name",
            "password",
            "account",
            "work",
            "import",
            "assign",
            "change",
            "cancel",
            "close",
            "back",
            "next",
            "previous",
            "score",
            "tag",
            "tags",
            "manage",
            "people",
            "code",
            "copy",
            "helpful",
            "flag",
            "text",
            "add",
            "remove",
            "started",
            "done",
            "progress",
            "here",
            "what",
            "sample",
            "question",
            "claim",
            "evidence",
            "connection",
            "confusing");

    private static final Set<String> TEXT_PROPERTIES = Set.of(
            "label",
            "placeholder",
            "helperText",
            "title",
            "headerTitle",
            "header",
            "text",
            "accessibleName",
            "confirmText",
            "cancelText",
            "rejectText",
            "ariaLabel");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("aria-label", "title", "placeholder", "alt");

    @Autowired
    ReadingService readings;

    @Autowired
    ClassroomService classrooms;

    @Autowired
    AnswerService answers;

    @Autowired
    AccountService accountService;

    Account profesora;
    Account ana;
    long classId;
    TestReadings.Reading lectura;

    @BeforeEach
    void spanishClass() {
        profesora = accounts.createTeacher("profesora");
        ana = accounts.create("ana");
        // Made in Spanish, as a teacher working in Spanish makes it: its first tags are Spanish too.
        classId = accounts.as(
                profesora,
                () -> classrooms
                        .createClassroom("Historia cuarto B", "", MessageBundle.SPANISH)
                        .id());
        accounts.join(classId, profesora, ana);
        lectura = testReadings
                .readingIn(classId, profesora, "Primera parte", "Segunda parte")
                .titled("Cumbres entre presidentes")
                .firstLessonPrompts("¿Qué cambió tras la cumbre?")
                .assign();
    }

    @Test
    void aTeachersScreensAreAllSpanish() {
        accounts.signIn(profesora);
        long assignmentId = accounts.as(profesora, () -> readings.assignmentsForClass(classId))
                .getFirst()
                .assignmentId();
        long lessonId = lectura.lessonIds().getFirst();
        Set<String> seen = assertSpanish(
                "",
                "classes/" + classId,
                "classes/" + classId + "/manage",
                "library",
                "library/import",
                "library/readings/" + lectura.readingId(),
                "classes/" + classId + "/lessons/" + lessonId,
                "classes/" + classId + "/lessons/" + lessonId + "/review",
                "classes/" + classId + "/assignments/" + assignmentId + "/participation",
                "classes/" + classId + "/prompts/" + promptId() + "/feedback",
                "account");
        assertThat(seen)
                .contains("Mis clases", "Participación por alumno", "Guardar y siguiente", "Idioma de la interfaz");
    }

    @Test
    void theAssignDialogIsSpanish() {
        accounts.signIn(profesora);
        assertSpanish("classes/" + classId);
        _click(_get(Button.class, spec -> spec.withText("Asignar una lectura")));
        assertThat(visibleTexts()).contains("Días entre lecciones");
        DatePicker.DatePickerI18n calendar =
                _find(DateTimePicker.class).getFirst().getDatePickerI18n();
        assertThat(calendar.getMonthNames()).startsWith("Enero", "Febrero");
        assertThat(calendar.getWeekdaysShort()).startsWith("dom", "lun");
        assertThat(calendar.getFirstDayOfWeek()).as("weeks start on Monday").isEqualTo(1);
        assertThat(calendar.getToday()).isEqualTo("Hoy");
        assertThat(english(visibleTexts())).isEmpty();
    }

    @Test
    void anEnglishReadingKeepsItsLanguageInASpanishInterface() {
        accounts.signIn(ana);
        assertSpanish("classes/" + classId + "/lessons/" + lectura.lessonIds().getFirst());
        assertThat(_get(H1.class).getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(_get(ReadingPane.class).getElement().getAttribute("lang")).isEqualTo("en");
    }

    /**
     * A lesson redrawn by push (a classmate answered) stays in the reader's language and time zone:
     * the update re-reads as its viewer outside the tab's own context.
     */
    @Test
    void aLessonUpdatedByPushStaysSpanishAndInTheReadersZone() {
        Account beto = accounts.create("beto");
        accounts.join(classId, profesora, beto);
        accounts.as(ana, () -> answers.submit(classId, promptId(), "Cambió el tono."));
        accounts.signIn(ana);
        VaadinSession.getCurrent().setAttribute(ZoneId.class, ZoneId.of("Europe/Madrid"));
        assertSpanish("classes/" + classId + "/lessons/" + lectura.lessonIds().getFirst());
        sentToBrowser();

        accounts.as(beto, () -> answers.submit(classId, promptId(), "Nada, según Beto."));
        StringBuilder pushed = new StringBuilder();
        // Polled in this thread: the mocked browser's UI belongs to it.
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            pushed.append(sentToBrowser());
            return pushed.toString().contains("(1)");
        });
        assertThat(pushed.toString())
                .contains("Respuestas de tus compañeros (1)")
                .contains("CET")
                .doesNotContain("Classmates")
                .doesNotContain("Submitted");
    }

    @Test
    void theAdministrationIsSpanish() {
        accounts.signIn(accounts.createAdmin("directora"));
        assertSpanish("admin", "admin/learning-platforms", "account");
    }

    private long promptId() {
        return lectura.lessons().getFirst().prompts().getFirst().id();
    }

    @Test
    void aStudentsScreensAreAllSpanish() {
        accounts.signIn(ana);
        assertSpanish(
                "",
                "work",
                "classes/" + classId,
                "classes/" + classId + "/lessons/" + lectura.lessonIds().getFirst(),
                "join",
                "account");
    }

    @Test
    void signInAndErrorPagesAreSpanish() {
        assertSpanish("login", "signup", "no-such-page");
    }

    @Test
    void aPersonChoosesSpanishUnderMyAccountWhateverTheirBrowserSays() {
        accounts.signIn(ana);
        UI.getCurrent().navigate("account");
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, spec -> spec.withLabel("Interface language"));
        String before = language.getValue();
        language.setValue("es");
        ComponentUtil.fireEvent(
                language, new AbstractField.ComponentValueChangeEvent<>(language, language, before, true));

        assertThat(accounts.as(ana, () -> accountService.interfaceLanguage())).contains(MessageBundle.SPANISH);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(MessageBundle.SPANISH);
        UI.getCurrent().navigate("work");
        assertThat(visibleTexts()).contains("Mi trabajo");
    }

    /** Walks the routes in Spanish, fails on any English text, and returns every text seen. */
    private Set<String> assertSpanish(String... routes) {
        VaadinSession.getCurrent().setLocale(MessageBundle.SPANISH);
        UI.getCurrent().setLocale(MessageBundle.SPANISH);
        // Views and the layout made before the switch are English; leave them for a page without the layout.
        UI.getCurrent().navigate("signup");
        List<String> english = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String route : routes) {
            // Karibu keeps the view when navigating to the route it shows: pass through another one.
            UI.getCurrent().navigate(route.equals("no-such-page") ? "login" : "no-such-page");
            UI.getCurrent().navigate(route);
            Set<String> texts = visibleTexts();
            assertThat(texts).as(route).isNotEmpty();
            english(texts).forEach(text -> english.add(route + ": " + text));
            seen.addAll(texts);
        }
        assertThat(english).isEmpty();
        return seen;
    }

    private List<String> english(Set<String> texts) {
        return texts.stream().filter(t -> isEnglish(t) && !isContent(t)).toList();
    }

    /** The lesson's own text and addresses are not the interface's words. */
    private boolean isContent(String text) {
        return text.startsWith("http")
                || lectura.lessons().stream().anyMatch(l -> l.body().contains(text));
    }

    private static boolean isEnglish(String text) {
        // Words as a reader sees them: letters and digits together, so a code like "AT22A7SF" is no "at".
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (ENGLISH.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> visibleTexts() {
        Set<String> texts = new TreeSet<>();
        // The UI's own element does not list the route's components here; its component children do.
        UI.getCurrent().getChildren().forEach(child -> collect(child.getElement(), texts));
        // Open dialogs sit apart from the page's tree.
        _find(Dialog.class).forEach(dialog -> collect(dialog.getElement(), texts));
        return texts;
    }

    private static void collect(Element element, Set<String> texts) {
        if (element.isTextNode()) {
            add(element.getText(), texts);
            return;
        }
        TEXT_PROPERTIES.forEach(p -> {
            if (element.hasProperty(p) && element.getPropertyRaw(p) instanceof String value) {
                add(value, texts);
            }
        });
        TEXT_ATTRIBUTES.forEach(a -> add(element.getAttribute(a), texts));
        element.getChildren().forEach(child -> collect(child, texts));
    }

    private static void add(String text, Set<String> texts) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
    }
}
