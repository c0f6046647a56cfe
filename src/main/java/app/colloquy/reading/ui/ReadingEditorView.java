package app.colloquy.reading.ui;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.platform.InvalidInputException;
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
    private String pageTitle = "Reading";
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
        pageTitle = reading.title() + " · Colloquy";
        removeAll();
        unsaved.clear();
        if (openLesson == null && !reading.lessons().isEmpty()) {
            openLesson = reading.lessons().getFirst().id();
        }
        TextField title = new TextField("Reading title", reading.title(), "");
        title.setWidthFull();
        title.setMaxLength(ReadingLimits.MAX_TITLE);
        unsaved.watch("title", title);
        Button saveTitle = new Button(
                "Save title",
                e -> save(title, () -> {
                    library.renameReading(readingId, title.getValue());
                    unsaved.saved("title");
                }));
        Button assign = new Button(
                "Assign to a class",
                e -> AssignDialog.forReading(reading, classrooms, readings).open());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button("Delete reading", e -> confirmDelete(reading.title()));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setVisible(reading.ownedByYou());
        HorizontalLayout actions = new HorizontalLayout(assign, delete);
        add(new H1(reading.title()), actions, title, saveTitle);
        if (!reading.overview().isBlank()) {
            Paragraph overview = new Paragraph(reading.overview());
            overview.addClassName("overview");
            add(new H3("Introduction"), overview);
        }
        lessonEditors.clear();
        Paragraph hint =
                new Paragraph("Each lesson below holds its text and its discussion prompts: open a lesson to edit "
                        + "them. Prompts appear under the lesson's text for students.");
        hint.addClassName("editor-hint");
        add(hint);
        for (ReadingDraft.Lesson lesson : reading.lessons()) {
            add(lessonEditor(lesson, reading.lessons().size()));
        }
    }

    private Details lessonEditor(ReadingDraft.Lesson lesson, int lessonCount) {
        TextField title = new TextField("Lesson title", lesson.title(), "");
        title.setWidthFull();
        title.setMaxLength(ReadingLimits.MAX_TITLE);
        TextArea body = new TextArea("Lesson text", lesson.body(), "");
        body.setWidthFull();
        body.setMaxHeight("24rem");
        body.setHelperText("Separate paragraphs with a blank line. Saving changed text makes version "
                + (lesson.textVersion() + 1) + "; earlier versions are kept.");
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
            body.setHelperText("Separate paragraphs with a blank line. Saving changed text makes version "
                    + (saved.textVersion() + 1) + "; earlier versions are kept.");
            Notification.show(
                    "Saved (text version " + saved.textVersion() + ").", 3000, Notification.Position.BOTTOM_START);
        });
        Button save = new Button("Save lesson", e -> confirmImpact(lesson.id(), body.getValue(), saveLesson));
        Button up = new Button("Move up", e -> move(() -> library.moveLesson(lesson.id(), -1)));
        up.setEnabled(lesson.position() > 1);
        up.setAriaLabel("Move up: " + lesson.title());
        Button down = new Button("Move down", e -> move(() -> library.moveLesson(lesson.id(), 1)));
        down.setEnabled(lesson.position() < lessonCount);
        down.setAriaLabel("Move down: " + lesson.title());
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
                + (prompts == 0 ? "no prompts yet" : prompts == 1 ? "1 prompt" : prompts + " prompts");
    }

    private Div promptsEditor(ReadingDraft.Lesson lesson) {
        Div prompts = new Div(new H3("Discussion prompts"));
        prompts.addClassName("prompt-editor");
        promptEditors.put(lesson.id(), prompts);
        for (Prompt prompt : lesson.prompts()) {
            prompts.add(promptRow(lesson.id(), prompt, lesson.prompts().size()));
        }
        TextArea question = new TextArea("New prompt for " + lesson.title());
        question.setWidthFull();
        question.setMaxLength(ReadingLimits.MAX_PROMPT);
        Checkbox first = new Checkbox("Students answer before they see classmates' answers");
        unsaved.watch("new-prompt-" + lesson.id(), question);
        Button add = new Button(
                "Add prompt",
                e -> save(question, () -> {
                    library.addPrompt(lesson.id(), question.getValue(), first.getValue());
                    unsaved.saved("new-prompt-" + lesson.id());
                    redrawLesson(lesson.id());
                }));
        prompts.add(question, first, add);
        return prompts;
    }

    private Component promptRow(long lessonId, Prompt prompt, int promptCount) {
        TextArea question = new TextArea("Prompt " + prompt.position(), prompt.question(), "");
        question.setWidthFull();
        question.setMaxLength(ReadingLimits.MAX_PROMPT);
        Checkbox first =
                new Checkbox("Students answer before they see classmates' answers", prompt.answerBeforePeers());
        String part = "prompt-" + prompt.id();
        unsaved.watch(part, question);
        unsaved.watch(part, first);
        Button save = new Button(
                "Save",
                e -> save(question, () -> {
                    library.updatePrompt(prompt.id(), question.getValue(), first.getValue());
                    unsaved.saved(part);
                    Notification.show("Prompt saved.", 2000, Notification.Position.BOTTOM_START);
                }));
        save.setAriaLabel("Save prompt " + prompt.position());
        Button up = new Button("Up", e -> changePrompts(lessonId, () -> library.movePrompt(prompt.id(), -1)));
        up.setAriaLabel("Up: move prompt " + prompt.position() + " up");
        up.setEnabled(prompt.position() > 1);
        Button down = new Button("Down", e -> changePrompts(lessonId, () -> library.movePrompt(prompt.id(), 1)));
        down.setAriaLabel("Down: move prompt " + prompt.position() + " down");
        down.setEnabled(prompt.position() < promptCount);
        Button delete = new Button("Delete", e -> changePrompts(lessonId, () -> library.deletePrompt(prompt.id())));
        delete.setAriaLabel("Delete prompt " + prompt.position());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div row = new Div(question, first, new HorizontalLayout(save, up, down, delete));
        row.addClassName("prompt-row");
        return row;
    }

    private void confirmDelete(String title) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Delete " + title + "?",
                "If students have already worked on it, it is archived instead: it leaves your library, and their "
                        + "work stays in their classes.",
                "Delete",
                e -> {
                    LibraryService.Removal removal = library.deleteReading(readingId);
                    Notification.show(
                            removal == LibraryService.Removal.ARCHIVED
                                    ? title + " was archived, because students have worked on it."
                                    : title + " was deleted.",
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
                .reduce((a, b) -> a + " " + b);
        if (impact.isEmpty()) {
            save.run();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog("Save the new lesson text?", impact.get(), "Save", e -> save.run());
        confirm.setCancelable(true);
        confirm.setCancelText("Keep editing");
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
            target.setErrorMessage(problem.getMessage());
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
                "Move without saving?",
                "Moving a lesson reloads the editor, and your unsaved changes would be lost. Save them first, or move anyway.",
                "Move anyway",
                e -> {
                    change.run();
                    reload();
                });
        confirm.setCancelable(true);
        confirm.setCancelText("Keep my changes");
        confirm.open();
    }

    /** Prompt changes redraw only their lesson, so unsaved edits in other lessons stay. */
    private void changePrompts(long lessonId, Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE);
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
