package app.colloquy.reading.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.ui.Translate;
import app.colloquy.platform.ui.UnsavedChanges;
import app.colloquy.reading.LessonEditImpact;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.Prompt;
import app.colloquy.reading.ReadingDraft;
import app.colloquy.reading.ReadingLimits;
import app.colloquy.reading.ReadingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where a reading's editors shape it: its title, each lesson's title and text, and the prompts. */
@Route("library/readings/:readingId([0-9]{1,18})")
@PermitAll
class ReadingEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final LibraryService library;
    private final ReadingService readings;
    private final ClassroomService classrooms;
    private long readingId;
    private String pageTitle = tr("readingEditorView.reading");
    /** The lesson being worked on stays open when the page is redrawn after a change. */
    private @Nullable Long openLesson;

    private final UnsavedChanges unsaved = new UnsavedChanges(this);
    private final Map<Long, Details> lessonEditors = new HashMap<>();
    private final Map<Long, Div> promptEditors = new HashMap<>();

    private final List<LessonEditImpact> editImpacts;

    ReadingEditorView(
            LibraryService library,
            ReadingService readings,
            ClassroomService classrooms,
            List<LessonEditImpact> editImpacts) {
        this.editImpacts = editImpacts;
        this.library = library;
        this.readings = readings;
        this.classrooms = classrooms;
        addClassName("page");
        addClassName("editor-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        readingId = event.getRouteParameters().getLong("readingId").orElseThrow();
        // ?lesson=ID opens that lesson (the lesson page links here); otherwise the first one.
        openLesson = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("lesson")
                .flatMap(ReadingEditorView::parseId)
                .orElse(null);
        render(library.readingForEditing(readingId));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        unsaved.confirmLeave(event);
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private void render(ReadingDraft reading) {
        pageTitle = tr("common.colloquy2", reading.title());
        removeAll();
        unsaved.clear();
        if (openLesson == null && !reading.lessons().isEmpty()) {
            openLesson = reading.lessons().getFirst().id();
        }
        TextField title = new TextField(tr("readingEditorView.readingTitle"), reading.title(), "");
        title.setWidthFull();
        title.setMaxLength(ReadingLimits.MAX_TITLE);
        unsaved.watch("title", title);
        Button saveTitle = new Button(
                tr("readingEditorView.saveTitle"),
                e -> save(title, () -> {
                    library.renameReading(readingId, title.getValue());
                    unsaved.saved("title");
                }));
        Button assign = new Button(
                tr("readingEditorView.assignToAClass"),
                e -> AssignDialog.forReading(reading, classrooms, readings).open());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button(tr("readingEditorView.deleteReading"), e -> confirmDelete(reading.title()));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setVisible(reading.ownedByYou());
        HorizontalLayout actions = new HorizontalLayout(assign, delete);
        H1 heading = new H1(reading.title());
        heading.getElement().setAttribute("lang", reading.language());
        ReadingLanguageSelect language = new ReadingLanguageSelect(reading.language());
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(language, () -> {
                    library.changeReadingLanguage(readingId, e.getValue());
                    heading.getElement().setAttribute("lang", e.getValue());
                    Notification.show(tr("reading.languageSaved"));
                });
            }
        });
        add(heading, actions, title, saveTitle, new Div(language));
        if (!reading.overview().isBlank()) {
            Paragraph overview = new Paragraph(reading.overview());
            overview.addClassName("overview");
            add(new H3(tr("readingEditorView.introduction")), overview);
        }
        lessonEditors.clear();
        Paragraph hint = new Paragraph(tr("readingEditorView.eachLessonBelowHoldsIts"));
        hint.addClassName("editor-hint");
        add(hint);
        for (ReadingDraft.Lesson lesson : reading.lessons()) {
            add(lessonEditor(lesson, reading.lessons().size()));
        }
    }

    private Details lessonEditor(ReadingDraft.Lesson lesson, int lessonCount) {
        TextField title = new TextField(tr("readingEditorView.lessonTitle"), lesson.title(), "");
        title.setWidthFull();
        title.setMaxLength(ReadingLimits.MAX_TITLE);
        TextArea body = new TextArea(tr("readingEditorView.lessonText"), lesson.body(), "");
        body.setWidthFull();
        body.setMaxHeight("24rem");
        body.setHelperText(tr("readingEditorView.separateParagraphsWithABlank", (lesson.textVersion() + 1)));
        String part = "lesson-" + lesson.id();
        unsaved.watch(part, title);
        unsaved.watch(part, body);
        Details details = new Details(
                summary(lesson.position(), lesson.title(), lesson.prompts().size()));
        // The revision this editor shows: saving over a newer one is refused, and the text kept here.
        int[] revision = {lesson.revision()};
        Runnable saveLesson = () -> save(Map.of("lessonTitle", title), body, () -> {
            LibraryService.SavedLesson saved =
                    library.updateLesson(lesson.id(), revision[0], title.getValue(), body.getValue());
            revision[0] = saved.revision();
            title.setInvalid(false);
            unsaved.saved(part);
            details.setSummaryText(summary(
                    lesson.position(),
                    title.getValue().strip(),
                    lesson.prompts().size()));
            body.setHelperText(tr("readingEditorView.separateParagraphsWithABlank", (saved.textVersion() + 1)));
            Notification.show(
                    tr("readingEditorView.savedTextVersion", saved.textVersion()),
                    3000,
                    Notification.Position.BOTTOM_START);
        });
        Button save = new Button(
                tr("readingEditorView.saveLesson"), e -> confirmImpact(lesson.id(), body.getValue(), saveLesson));
        Button up = new Button(tr("readingEditorView.moveUp"), e -> move(() -> library.moveLesson(lesson.id(), -1)));
        up.setEnabled(lesson.position() > 1);
        up.setAriaLabel(tr("readingEditorView.moveUp2", lesson.title()));
        Button down = new Button(tr("readingEditorView.moveDown"), e -> move(() -> library.moveLesson(lesson.id(), 1)));
        down.setEnabled(lesson.position() < lessonCount);
        down.setAriaLabel(tr("readingEditorView.moveDown2", lesson.title()));
        Div content = new Div(title, body, new HorizontalLayout(save, up, down), promptsEditor(lesson));
        details.add(content);
        details.addClassName("lesson-editor");
        details.setOpened(Long.valueOf(lesson.id()).equals(openLesson));
        lessonEditors.put(lesson.id(), details);
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                openLesson = lesson.id();
            }
        });
        return details;
    }

    private static String summary(int position, String title, int prompts) {
        return position + ". " + title + " · "
                + (prompts == 0
                        ? tr("readingEditorView.noPromptsYet")
                        : prompts == 1 ? tr("readingEditorView.1Prompt") : tr("readingEditorView.prompts", prompts));
    }

    private Div promptsEditor(ReadingDraft.Lesson lesson) {
        Div prompts = new Div(new H3(tr("readingEditorView.discussionPrompts")));
        prompts.addClassName("prompt-editor");
        promptEditors.put(lesson.id(), prompts);
        for (Prompt prompt : lesson.prompts()) {
            prompts.add(promptRow(lesson.id(), prompt, lesson.prompts().size()));
        }
        TextArea question = new TextArea(tr("readingEditorView.newPromptFor", lesson.title()));
        question.setWidthFull();
        question.setMaxLength(ReadingLimits.MAX_PROMPT);
        Checkbox first = new Checkbox(tr("readingEditorView.studentsAnswerBeforeTheySee"));
        unsaved.watch("new-prompt-" + lesson.id(), question);
        Button add = new Button(
                tr("readingEditorView.addPrompt"),
                e -> save(question, () -> {
                    library.addPrompt(lesson.id(), question.getValue(), first.getValue());
                    unsaved.saved("new-prompt-" + lesson.id());
                    redrawLesson(lesson.id());
                }));
        prompts.add(question, first, add);
        return prompts;
    }

    private Component promptRow(long lessonId, Prompt prompt, int promptCount) {
        TextArea question = new TextArea(tr("readingEditorView.prompt", prompt.position()), prompt.question(), "");
        question.setWidthFull();
        question.setMaxLength(ReadingLimits.MAX_PROMPT);
        Checkbox first = new Checkbox(tr("readingEditorView.studentsAnswerBeforeTheySee"), prompt.answerBeforePeers());
        String part = "prompt-" + prompt.id();
        unsaved.watch(part, question);
        unsaved.watch(part, first);
        Button save = new Button(
                tr("readingEditorView.save"),
                e -> save(question, () -> {
                    library.updatePrompt(prompt.id(), question.getValue(), first.getValue());
                    unsaved.saved(part);
                    Notification.show(tr("readingEditorView.promptSaved"), 2000, Notification.Position.BOTTOM_START);
                }));
        save.setAriaLabel(tr("readingEditorView.savePrompt", prompt.position()));
        Button up = new Button(
                tr("readingEditorView.up"), e -> changePrompts(lessonId, () -> library.movePrompt(prompt.id(), -1)));
        up.setAriaLabel(tr("readingEditorView.upMovePromptUp", prompt.position()));
        up.setEnabled(prompt.position() > 1);
        Button down = new Button(
                tr("readingEditorView.down"), e -> changePrompts(lessonId, () -> library.movePrompt(prompt.id(), 1)));
        down.setAriaLabel(tr("readingEditorView.downMovePromptDown", prompt.position()));
        down.setEnabled(prompt.position() < promptCount);
        Button delete = new Button(
                tr("readingEditorView.delete"), e -> changePrompts(lessonId, () -> library.deletePrompt(prompt.id())));
        delete.setAriaLabel(tr("readingEditorView.deletePrompt", prompt.position()));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div row = new Div(question, first, new HorizontalLayout(save, up, down, delete));
        row.addClassName("prompt-row");
        return row;
    }

    private void confirmDelete(String title) {
        ConfirmDialog confirm = new ConfirmDialog(
                tr("readingEditorView.delete2", title),
                tr("readingEditorView.ifStudentsHaveAlreadyWorked"),
                tr("readingEditorView.delete"),
                e -> {
                    LibraryService.Removal removal = library.deleteReading(readingId);
                    Notification.show(
                            removal == LibraryService.Removal.ARCHIVED
                                    ? tr("readingEditorView.wasArchivedBecauseStudentsHave", title)
                                    : tr("readingEditorView.wasDeleted", title),
                            5000,
                            Notification.Position.BOTTOM_START);
                    getUI().ifPresent(ui -> ui.navigate(LibraryView.class));
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    /**
     * Saves new lesson text at once, or first says what it does to annotations anchored in it
     * (how many move with the text, how many cannot be placed) and lets the teacher decide.
     */
    private void confirmImpact(long lessonId, String newBody, Runnable save) {
        Optional<String> impact = editImpacts.stream()
                .map(i -> i.describe(lessonId, newBody))
                .flatMap(Optional::stream)
                .map(Translate::tr)
                .reduce((a, b) -> a + " " + b);
        if (impact.isEmpty()) {
            save.run();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(
                tr("readingEditorView.saveTheNewLessonText"),
                impact.get(),
                tr("readingEditorView.save"),
                e -> save.run());
        confirm.setCancelable(true);
        confirm.setCancelText(tr("readingEditorView.keepEditing"));
        confirm.open();
    }

    /** Runs a change; a problem with the input is shown at the field and nothing typed is lost. */
    private void save(HasValidation field, Runnable change) {
        save(Map.of(), field, change);
    }

    /**
     * Runs a change; a problem is shown at the field it is about ({@code fieldsByName}, by the
     * service's field name), otherwise at {@code field}. Nothing typed is lost.
     */
    private void save(Map<String, HasValidation> fieldsByName, HasValidation field, Runnable change) {
        try {
            change.run();
            field.setInvalid(false);
        } catch (InvalidInputException problem) {
            HasValidation target = fieldsByName.getOrDefault(problem.field(), field);
            target.setErrorMessage(tr(problem));
            target.setInvalid(true);
        }
    }

    /** Moving reloads every lesson editor: with unsaved changes anywhere, ask first. */
    private void move(Runnable change) {
        if (!unsaved.any()) {
            change.run();
            reload();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(
                tr("readingEditorView.moveWithoutSaving"),
                tr("readingEditorView.movingALessonReloadsThe"),
                tr("readingEditorView.moveAnyway"),
                e -> {
                    change.run();
                    reload();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(tr("readingEditorView.keepMyChanges"));
        confirm.open();
    }

    /** Prompt changes redraw only their lesson, so unsaved edits in other lessons stay. */
    private void changePrompts(long lessonId, Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException refused) {
            Notification.show(tr(refused), 6000, Notification.Position.MIDDLE);
        }
        redrawLesson(lessonId);
    }

    /** Redraws one lesson's prompts; its text fields, and anything typed in them, stay as they are. */
    private void redrawLesson(long lessonId) {
        ReadingDraft reading = library.readingForEditing(readingId);
        reading.lessons().stream().filter(l -> l.id() == lessonId).findFirst().ifPresent(lesson -> {
            Div current = Objects.requireNonNull(promptEditors.get(lessonId));
            current.getParent().ifPresent(parent -> {
                Div fresh = promptsEditor(lesson);
                ((HasComponents) parent).replace(current, fresh);
            });
            Objects.requireNonNull(lessonEditors.get(lessonId))
                    .setSummaryText(summary(
                            lesson.position(), lesson.title(), lesson.prompts().size()));
        });
    }

    private void reload() {
        render(library.readingForEditing(readingId));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
