package app.colloquy.reading.ui;

import static app.colloquy.platform.ui.Translate.tr;

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
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed("TEACHER")
class ImportView extends Main implements HasDynamicTitle {

    private static final int MAX_MINUTES = 120;
    private final LibraryService library;
    private final TextArea text = new TextArea(tr("importView.articleText"));
    private final TextField title = new TextField(tr("importView.readingTitle"));
    private final TextField sourceNote = new TextField(tr("importView.sourceOptional"));
    private final ReadingLanguageSelect language = new ReadingLanguageSelect(ReadingLanguageSelect.interfaceLanguage());
    private final Div proposalArea = new Div();

    @SuppressWarnings("NullAway.Init") // made by "Propose lessons", before anything reads it
    private ProposedLessons proposal;

    private String overview = "";
    /** The lesson length last asked for, shown again after the lessons are redrawn. */
    private @Nullable Integer minutesPerLesson;

    ImportView(LibraryService library) {
        this.library = library;
        addClassName("page");
        text.setHelperText(tr("importView.uploadAFileOrPaste"));
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
        Button propose = new Button(tr("importView.proposeLessons"), e -> propose());
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        title.setWidthFull();
        title.setMaxLength(ReadingLimits.MAX_TITLE);
        sourceNote.setWidthFull();
        sourceNote.setHelperText(tr("importView.whereTheTextComesFrom"));
        add(
                new H1(tr("importView.importAReading")),
                new H2(tr("importView.1TheText")),
                upload,
                text,
                propose,
                proposalArea);
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
            text.setErrorMessage(tr(problem));
            text.setInvalid(true);
        }
    }

    private void showProposal() {
        proposalArea.removeAll();
        proposalArea.add(new H2(tr("importView.2TheLessons")), title, sourceNote, language);
        if (!overview.isBlank()) {
            Paragraph intro = new Paragraph(overview);
            intro.addClassName("overview");
            proposalArea.add(new H3(tr("importView.introductionShownAboveTheLessons")), intro);
        }
        proposalArea.add(
                lessonLength(),
                new Paragraph(
                        proposal.size() == 1
                                ? tr("importView.oneLesson")
                                : tr("importView.lessonsInThisOrder", proposal.size())));
        for (int i = 0; i < proposal.size(); i++) {
            proposalArea.add(lessonCard(i));
        }
        Button importButton = new Button(
                tr(
                        "importView.import",
                        (proposal.size() == 1 ? tr("importView.1Lesson") : tr("importView.lessons", proposal.size()))),
                e -> importReading());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(proposal.size() > 0);
        // Kept at the foot of the window while the teacher goes through a long list of lessons.
        Div importBar = new Div(importButton);
        importBar.addClassName("import-bar");
        proposalArea.add(importBar);
    }

    /** Lesson size in one step: join neighbours to about so many minutes of reading, or split at subheadings. */
    private Component lessonLength() {
        IntegerField minutes = new IntegerField(tr("importView.minutesOfReadingPerLesson"));
        minutes.setWidth("18rem");
        minutes.setValue(minutesPerLesson);
        minutes.setMin(1);
        minutes.setMax(MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText(tr("importView.joinsNeighbouringLessonsUntilEach"));
        Button group = new Button(tr("importView.groupLessons"), e -> {
            Integer chosen = minutes.getValue();
            if (chosen == null || chosen < 1 || chosen > MAX_MINUTES) {
                minutes.setErrorMessage(tr("importView.giveANumberOfMinutes", MAX_MINUTES));
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
            row.add(new Button(tr("importView.splitAtSubheadings"), e -> {
                if (proposal.splitAtSubheadings() == 0) {
                    Notification.show(tr("importView.noSubheadingHasTextUnder"));
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
        TextField lessonTitle = new TextField(tr("importView.lessonTitle", (index + 1)), lesson.heading(), "");
        lessonTitle.setWidthFull();
        lessonTitle.setMaxLength(ReadingLimits.MAX_TITLE);
        lessonTitle.addValueChangeListener(e -> proposal.rename(index, e.getValue()));
        List<String> paragraphs = proposal.paragraphs(index);
        Paragraph preview = new Paragraph(preview(lesson.body()));
        preview.addClassName("lesson-preview");
        Paragraph size = new Paragraph(tr(
                "importView.aboutMinOfReading",
                (paragraphs.size() == 1 ? tr("importView.1Paragraph") : tr("importView.paragraphs", paragraphs.size())),
                ReadingTime.minutes(lesson.body())));
        size.addClassName("lesson-size");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        String name = lesson.heading().isBlank() ? tr("importView.lesson", (index + 1)) : lesson.heading();
        if (index + 1 < proposal.size()) {
            actions.add(action(
                    tr("importView.mergeWithNext"),
                    tr("importView.mergeWithNext2", name),
                    () -> proposal.mergeWithNext(index)));
        }
        if (index + 2 < proposal.size()) {
            List<String> later = proposal.lessons().subList(index + 1, proposal.size()).stream()
                    .map(SplitReading.Section::heading)
                    .toList();
            actions.add(action(
                    tr("importView.mergeUpTo"),
                    tr("importView.mergeUpToAndThe", name),
                    () -> new MergeDialog(name, index, later, last -> {
                                proposal.mergeThrough(index, last);
                                showProposal();
                            })
                            .open()));
        }
        if (paragraphs.size() > 1) {
            actions.add(action(
                    tr("importView.split"),
                    tr("importView.splitAtAParagraph", name),
                    () -> new SplitDialog(name, paragraphs, at -> {
                                proposal.splitBefore(index, at, tr("importView.continued", lesson.heading()));
                                showProposal();
                            })
                            .open()));
        }
        actions.add(action(tr("importView.drop"), tr("importView.drop2", name), () -> proposal.remove(index)));
        Section card = new Section(lessonTitle, preview, size);
        List<String> subheadings = LessonParagraph.of(lesson.body()).stream()
                .filter(p -> p.headingLevel() > 0)
                .map(p -> p.text(lesson.body()))
                .toList();
        if (!subheadings.isEmpty()) {
            Paragraph headings = new Paragraph(tr("importView.subheadings", String.join(" · ", subheadings)));
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
            long id = library.importReading(
                    new NewReading(title.getValue(), sourceNote.getValue(), overview, lessons, language.getValue()));
            getUI().ifPresent(ui ->
                    ui.navigate(ReadingEditorView.class, new RouteParameters("readingId", String.valueOf(id))));
        } catch (InvalidInputException problem) {
            TextField field = switch (problem.field()) {
                case "title" -> title;
                case "sourceNote" -> sourceNote;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(tr(problem));
                field.setInvalid(true);
                field.focus();
            } else {
                Notification.show(tr("importView.checkTheLessons", tr(problem)), 6000, Notification.Position.MIDDLE);
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

    @Override
    public String getPageTitle() {
        return tr("title.import");
    }
}
