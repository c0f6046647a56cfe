package app.colloquy.reading.ui;

import app.colloquy.platform.InvalidInputException;
import app.colloquy.reading.LessonParagraph;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.NewReading;
import app.colloquy.reading.ProposedLessons;
import app.colloquy.reading.ReadingLimits;
import app.colloquy.reading.ReadingTime;
import app.colloquy.reading.SplitReading;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Import in two steps: the teacher pastes or uploads the article, then shapes the proposed
 * lessons (rename, merge one or a range, group by minutes of reading, split at a paragraph, drop)
 * and imports them.
 */
@Route("library/import")
@PageTitle("Import a reading · Colloquy")
@RolesAllowed("TEACHER")
class ImportView extends Main {

    private static final int MAX_MINUTES = 120;
    private final LibraryService library;
    private final TextArea text = new TextArea("Article text");
    private final TextField title = new TextField("Reading title");
    private final TextField sourceNote = new TextField("Source (optional)");
    private final Div proposalArea = new Div();

    @SuppressWarnings("NullAway.Init") // made by "Propose lessons", before anything reads it
    private ProposedLessons proposal;

    private String overview = "";
    /** The lesson length last asked for, shown again after the lessons are redrawn. */
    private @Nullable Integer minutesPerLesson;

    ImportView(LibraryService library) {
        this.library = library;
        addClassName("page");
        text.setHelperText(
                "Upload a file or paste the whole article. Headings become lessons; you can adjust them next.");
        text.setWidthFull();
        text.setMinHeight("14rem");
        text.setMaxHeight("24rem");
        // An uploaded file is proposed at once: the teacher chose it to see its lessons.
        Upload upload = new DocumentUpload(
                library,
                loaded -> {
                    text.setValue(loaded);
                    title.clear();
                    propose();
                },
                problem -> {
                    text.setErrorMessage(problem);
                    text.setInvalid(true);
                });
        Button propose = new Button("Propose lessons", e -> propose());
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        title.setWidthFull();
        title.setMaxLength(ReadingLimits.MAX_TITLE);
        sourceNote.setWidthFull();
        sourceNote.setHelperText("Where the text comes from, e.g. a URL or a book.");
        add(new H1("Import a reading"), new H2("1. The text"), upload, text, propose, proposalArea);
    }

    private void propose() {
        try {
            SplitReading split = library.proposeSplit(text.getValue());
            text.setInvalid(false);
            proposal = new ProposedLessons(split.proposedLessons());
            minutesPerLesson = null;
            overview = split.overview();
            if (title.getValue().isBlank()) {
                title.setValue(split.title());
            }
            showProposal();
        } catch (InvalidInputException problem) {
            text.setErrorMessage(problem.getMessage());
            text.setInvalid(true);
        }
    }

    private void showProposal() {
        proposalArea.removeAll();
        proposalArea.add(new H2("2. The lessons"), title, sourceNote);
        if (!overview.isBlank()) {
            Paragraph intro = new Paragraph(overview);
            intro.addClassName("overview");
            proposalArea.add(new H3("Introduction (shown above the lessons)"), intro);
        }
        proposalArea.add(
                lessonLength(),
                new Paragraph(proposal.size() == 1 ? "One lesson:" : proposal.size() + " lessons, in this order:"));
        for (int i = 0; i < proposal.size(); i++) {
            proposalArea.add(lessonCard(i));
        }
        Button importButton = new Button(
                "Import " + (proposal.size() == 1 ? "1 lesson" : proposal.size() + " lessons"), e -> importReading());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(proposal.size() > 0);
        // Kept at the foot of the window while the teacher goes through a long list of lessons.
        Div importBar = new Div(importButton);
        importBar.addClassName("import-bar");
        proposalArea.add(importBar);
    }

    /** Lesson size in one step: join neighbours to about so many minutes of reading, or split at subheadings. */
    private Component lessonLength() {
        IntegerField minutes = new IntegerField("Minutes of reading per lesson");
        minutes.setWidth("18rem");
        minutes.setValue(minutesPerLesson);
        minutes.setMin(1);
        minutes.setMax(MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText("Joins neighbouring lessons until each takes about this long; nothing is split.");
        Button group = new Button("Group lessons", e -> {
            Integer chosen = minutes.getValue();
            if (chosen == null || chosen < 1 || chosen > MAX_MINUTES) {
                minutes.setErrorMessage("Give a number of minutes from 1 to " + MAX_MINUTES + ".");
                minutes.setInvalid(true);
                return;
            }
            minutesPerLesson = chosen;
            proposal.groupByMinutes(chosen);
            showProposal();
        });
        HorizontalLayout row = new HorizontalLayout(minutes, group);
        boolean subheadings = proposal.lessons().stream()
                .anyMatch(lesson -> LessonParagraph.of(lesson.body()).stream().anyMatch(p -> p.headingLevel() > 0));
        if (subheadings) {
            // The other way: smaller lessons, one per subheading.
            row.add(new Button("Split at subheadings", e -> {
                if (proposal.splitAtSubheadings() == 0) {
                    Notification.show("No subheading has text under it to make a lesson of.");
                }
                showProposal();
            }));
        }
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("lesson-length");
        return row;
    }

    private Section lessonCard(int index) {
        SplitReading.Section lesson = proposal.lessons().get(index);
        TextField lessonTitle = new TextField("Lesson " + (index + 1) + " title", lesson.heading(), "");
        lessonTitle.setWidthFull();
        lessonTitle.setMaxLength(ReadingLimits.MAX_TITLE);
        lessonTitle.addValueChangeListener(e -> proposal.rename(index, e.getValue()));
        List<String> paragraphs = proposal.paragraphs(index);
        Paragraph preview = new Paragraph(preview(lesson.body()));
        preview.addClassName("lesson-preview");
        Paragraph size = new Paragraph((paragraphs.size() == 1 ? "1 paragraph" : paragraphs.size() + " paragraphs")
                + " · about " + ReadingTime.minutes(lesson.body()) + " min of reading");
        size.addClassName("lesson-size");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        String name = lesson.heading().isBlank() ? "lesson " + (index + 1) : lesson.heading();
        if (index + 1 < proposal.size()) {
            actions.add(action("Merge with next", "Merge with next: " + name, () -> proposal.mergeWithNext(index)));
        }
        if (index + 2 < proposal.size()) {
            List<String> later = proposal.lessons().subList(index + 1, proposal.size()).stream()
                    .map(SplitReading.Section::heading)
                    .toList();
            actions.add(action(
                    "Merge up to…",
                    "Merge up to… " + name + " and the lessons after it",
                    () -> new MergeDialog(name, index, later, last -> {
                                proposal.mergeThrough(index, last);
                                showProposal();
                            })
                            .open()));
        }
        if (paragraphs.size() > 1) {
            actions.add(action(
                    "Split…",
                    "Split… " + name + " at a paragraph",
                    () -> new SplitDialog(name, paragraphs, at -> {
                                proposal.splitBefore(index, at, lesson.heading() + " (continued)");
                                showProposal();
                            })
                            .open()));
        }
        actions.add(action("Drop", "Drop " + name, () -> proposal.remove(index)));
        Section card = new Section(lessonTitle, preview, size);
        List<String> subheadings = LessonParagraph.of(lesson.body()).stream()
                .filter(p -> p.headingLevel() > 0)
                .map(p -> p.text(lesson.body()))
                .toList();
        if (!subheadings.isEmpty()) {
            Paragraph headings = new Paragraph("Subheadings: " + String.join(" · ", subheadings));
            headings.addClassName("lesson-size");
            card.add(headings);
        }
        card.add(actions);
        card.addClassName("proposed-lesson");
        return card;
    }

    private Button action(String text, String accessibleName, Runnable change) {
        Button button = new Button(text, e -> {
            change.run();
            showProposal();
        });
        button.setAriaLabel(accessibleName);
        return button;
    }

    private void importReading() {
        List<NewReading.NewLesson> lessons = new ArrayList<>();
        proposal.lessons().forEach(l -> lessons.add(new NewReading.NewLesson(l.heading(), l.body(), List.of())));
        try {
            long id = library.importReading(new NewReading(title.getValue(), sourceNote.getValue(), overview, lessons));
            getUI().ifPresent(ui ->
                    ui.navigate(ReadingEditorView.class, new RouteParameters("readingId", String.valueOf(id))));
        } catch (InvalidInputException problem) {
            TextField field = switch (problem.field()) {
                case "title" -> title;
                case "sourceNote" -> sourceNote;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
                field.focus();
            } else {
                Notification.show("Check the lessons: " + problem.getMessage(), 6000, Notification.Position.MIDDLE);
            }
        }
    }

    /** The start of the lesson as a reader will see it: subheadings without their Markdown marks. */
    private static String preview(String body) {
        String visible = String.join(
                " ", LessonParagraph.of(body).stream().map(p -> p.text(body)).toList());
        String flat = visible.replaceAll("\\s+", " ").strip();
        return flat.length() <= 240 ? flat : flat.substring(0, 240) + "…";
    }
}
