package app.colloquy.review.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.ui.ClassLinks;
import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.FlaggedItem;
import app.colloquy.discussion.ModerationEntry;
import app.colloquy.discussion.ModerationService;
import app.colloquy.discussion.ModerationTarget;
import app.colloquy.discussion.PromptAnswers;
import app.colloquy.discussion.StudentAnswer;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.platform.ui.PublicAddress;
import app.colloquy.platform.ui.TextDialog;
import app.colloquy.reading.ClassAssignment;
import app.colloquy.reading.ReadingService;
import app.colloquy.reading.ui.LessonLinks;
import app.colloquy.reading.ui.ReadingPane;
import app.colloquy.review.LessonReview;
import app.colloquy.review.ReviewFilter;
import app.colloquy.review.ReviewService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A lesson's discussion in one class at a glance, for its teachers: the text shaded by how much it
 * was annotated (filterable), what needs attention, the threads by latest activity, the class's
 * activity by day up to the due date, and the annotations as W3C JSON-LD.
 */
@Route("classes/:classId([0-9]{1,18})/lessons/:lessonId([0-9]{1,18})/review")
@PermitAll
class LessonReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** How many threads or questions are listed at a time. */
    static final int SHOWN = 25;

    private final ReviewService review;
    private final ModerationService moderation;
    private final AnswerService answers;
    private final ClassroomService classrooms;
    private final ReadingService readings;
    private final Clock clock;
    private final PublicAddress address;
    private final ReadingPane pane = new ReadingPane(tr("lessonReviewView.lessonTextShadedByHow"));
    private final Div attention = new Div();
    private final Div threads = new Div();
    /** One student's answers, when the filter picks a student: the drill-down with their notes above. */
    private final Div studentWork = new Div();

    private final Select<LessonReview.TagOption> tag = new Select<>();
    private final Select<LessonReview.Person> student = new Select<>();
    private final Select<ReviewFilter.Audience> audience = new Select<>();
    private long classId;
    private long lessonId;
    private String title = tr("lessonReviewView.review");

    LessonReviewView(
            ReviewService review,
            ModerationService moderation,
            AnswerService answers,
            ClassroomService classrooms,
            ReadingService readings,
            Clock clock,
            PublicAddress address) {
        this.address = address;
        this.answers = answers;
        this.review = review;
        this.moderation = moderation;
        this.classrooms = classrooms;
        this.readings = readings;
        this.clock = clock;
        addClassName("page");
        tag.setLabel(tr("lessonReviewView.tag"));
        tag.setEmptySelectionAllowed(true);
        tag.setEmptySelectionCaption(tr("lessonReviewView.anyTag"));
        tag.setItemLabelGenerator(t -> t == null ? tr("lessonReviewView.anyTag") : t.name());
        student.setLabel(tr("common.student"));
        student.setHelperText(tr("lessonReviewView.theirNotesInTheText"));
        student.setEmptySelectionAllowed(true);
        student.setEmptySelectionCaption(tr("lessonReviewView.everyStudent"));
        student.setItemLabelGenerator(p -> p == null ? tr("lessonReviewView.everyStudent") : p.displayName());
        audience.setLabel(tr("lessonReviewView.seenBy"));
        audience.setItems(ReviewFilter.Audience.values());
        audience.setEmptySelectionAllowed(true);
        audience.setEmptySelectionCaption(tr("lessonReviewView.classOrTeachers"));
        audience.setItemLabelGenerator(a -> a == null ? tr("lessonReviewView.classOrTeachers") : tr(a));
        tag.addValueChangeListener(e -> refilter());
        student.addValueChangeListener(e -> refilter());
        audience.addValueChangeListener(e -> refilter());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        classId = event.getRouteParameters().getLong("classId").orElseThrow();
        lessonId = event.getRouteParameters().getLong("lessonId").orElseThrow();
        ClassroomSummary classroom = classrooms.getClassroom(classId);
        LessonReview glance = review.lessonReview(classId, lessonId, ReviewFilter.NONE, DateTimes.zone());
        String lessonTitle = readings.assignmentsForClass(classId).stream()
                .flatMap(a -> a.lessons().stream())
                .filter(l -> l.lessonId() == lessonId)
                .map(ClassAssignment.LessonLink::title)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        title = tr("lessonReviewView.reviewColloquy", lessonTitle);
        removeAll();
        Nav breadcrumb = new Nav(ClassLinks.to(classId, classroom.name()), new Span(" › " + lessonTitle));
        breadcrumb.addClassName("breadcrumb");
        breadcrumb.getElement().setAttribute("aria-label", tr("common.breadcrumb"));
        Anchor open = LessonLinks.to(classId, lessonId, tr("lessonReviewView.openTheLesson"));
        add(breadcrumb, new H1(tr("lessonReviewView.review2", lessonTitle)), open);
        pane.setLesson(glance.text());
        tag.setItems(glance.tags());
        student.setItems(glance.students());
        Div filters = new Div(tag, student, audience);
        filters.addClassName("review-filters");
        Section text = new Section(new H2(tr("lessonReviewView.whereTheClassAnnotated")), filters, legend(), pane);
        Section side = new Section(attention, studentWork, threads);
        Div columns = new Div(text, side);
        columns.addClassName("review-columns");
        add(columns, activity(glance), log(), exports(classroom.name(), lessonTitle));
        show(glance);
    }

    private void refilter() {
        ReviewFilter filter = new ReviewFilter(
                tag.getValue() == null ? null : tag.getValue().id(),
                student.getValue() == null ? null : student.getValue().accountId(),
                audience.getValue());
        show(review.lessonReview(classId, lessonId, filter, DateTimes.zone()));
        showStudentWork(student.getValue());
    }

    /** The chosen student's answers to this lesson's prompts, with their evidence and the feedback given. */
    private void showStudentWork(LessonReview.Person person) {
        studentWork.removeAll();
        if (person == null) {
            return;
        }
        studentWork.add(new H2(tr("lessonReviewView.answersBy", person.displayName())));
        OrderedList list = new OrderedList();
        for (PromptAnswers prompt : answers.lessonPrompts(classId, lessonId)) {
            ListItem item = new ListItem(new Paragraph(prompt.question()));
            answers.studentAnswers(classId, prompt.promptId()).stream()
                    .filter(s -> s.accountId() == person.accountId())
                    .findFirst()
                    .ifPresent(answer -> item.add(studentAnswer(answer)));
            list.add(item);
        }
        studentWork.add(list);
    }

    private static Div studentAnswer(StudentAnswer answer) {
        Div box = new Div();
        if (answer.submittedVersion() == 0) {
            box.add(new Paragraph(
                    answer.drafting()
                            ? tr("lessonReviewView.draftingNotSubmittedYet")
                            : tr("lessonReviewView.notStarted")));
            return box;
        }
        Paragraph when = new Paragraph(tr(
                "lessonReviewView.submitted",
                DateTimes.format(answer.submittedAt()),
                (answer.late() ? tr("common.late") : ""),
                (answer.submittedVersion() > 1 ? tr("lessonReviewView.version", answer.submittedVersion()) : "")));
        when.addClassName("note-when");
        Paragraph body = new Paragraph(answer.body());
        body.addClassName("note-body");
        box.add(when, body);
        answer.evidence().forEach(e -> {
            Paragraph quote = new Paragraph(tr(
                    "lessonReviewView.evidence",
                    e.quote(),
                    (e.orphaned() ? tr("lessonReviewView.noLongerInTheText") : "")));
            quote.addClassName("evidence-quote");
            box.add(quote);
        });
        if (answer.feedbackComment() != null || answer.feedbackScore() != null) {
            Paragraph feedback = new Paragraph(tr(
                    "lessonReviewView.feedback",
                    (answer.feedbackComment() == null ? "" : answer.feedbackComment()),
                    (answer.feedbackScore() == null ? "" : tr("lessonReviewView.score", answer.feedbackScore()))));
            feedback.addClassName("answer-feedback");
            box.add(feedback);
        }
        return box;
    }

    private void show(LessonReview glance) {
        pane.showHeat(glance.heat().stream()
                .map(span -> new ReadingPane.Highlight(
                        -span.start() - 1,
                        span.start(),
                        span.end(),
                        span.count() == 1
                                ? tr("lessonReviewView.1NoteHere")
                                : tr("lessonReviewView.notesHere", span.count()),
                        "",
                        level(span.count())))
                .toList());
        showAttention(glance.attention());
        showThreads(glance.threads());
    }

    /** Levels 1 to 4 for 1, 2–3, 4–7 and 8 or more notes, as the legend says. */
    static int level(int count) {
        return count >= 8 ? 4 : count >= 4 ? 3 : count >= 2 ? 2 : 1;
    }

    private static Component legend() {
        UnorderedList legend = new UnorderedList();
        legend.addClassName("heat-legend");
        legend.getElement().setAttribute("aria-label", tr("lessonReviewView.legend"));
        String[] labels = {
            tr("lessonReviewView.1Note"),
            tr("lessonReviewView.23Notes"),
            tr("lessonReviewView.47Notes"),
            tr("lessonReviewView.8OrMore")
        };
        IntStream.range(0, labels.length).forEach(i -> {
            Span swatch = new Span(tr("lessonReviewView.sample"));
            swatch.addClassNames("heat-swatch", "heat-" + (i + 1));
            swatch.getElement().setAttribute("aria-hidden", "true");
            legend.add(new ListItem(swatch, new Span(" " + labels[i])));
        });
        return legend;
    }

    private void showAttention(LessonReview.NeedsAttention needs) {
        attention.removeAll();
        H2 heading = new H2(tr("lessonReviewView.needsAttention"));
        attention.add(heading);
        attention.addClassName("needs-attention");
        List<FlaggedItem> flagged = moderation.openFlags(classId, lessonId);
        if (!flagged.isEmpty()) {
            UnorderedList items = new UnorderedList();
            items.getElement().setAttribute("aria-label", tr("lessonReviewView.flaggedByStudents"));
            flagged.forEach(item -> items.add(flaggedItem(item)));
            attention.add(new H3(tr("lessonReviewView.flagged", flagged.size())), items);
        }
        if (needs.isEmpty() && flagged.isEmpty()) {
            attention.add(new Paragraph(tr("lessonReviewView.nothingNeedsAttentionEveryNote")));
            return;
        }
        if (!needs.unansweredQuestions().isEmpty()) {
            UnorderedList questions = new UnorderedList();
            questions.getElement().setAttribute("aria-label", tr("lessonReviewView.notesAskingForAnAnswer"));
            needs.unansweredQuestions().stream().limit(SHOWN).forEach(q -> questions.add(threadItem(q)));
            attention.add(
                    new H3(tr(
                            "lessonReviewView.askingForAnAnswerNone",
                            needs.unansweredQuestions().size())),
                    questions);
            if (needs.unansweredQuestions().size() > SHOWN) {
                attention.add(new Paragraph(tr("lessonReviewView.theOldestAreListedAnswer", SHOWN)));
            }
        }
        if (!needs.promptsMostHaveNotAnswered().isEmpty()) {
            UnorderedList prompts = new UnorderedList();
            needs.promptsMostHaveNotAnswered()
                    .forEach(p -> prompts.add(new ListItem(
                            tr("lessonReviewView.ofAnswered", p.question(), p.submitted(), p.students()))));
            attention.add(new H3(tr("lessonReviewView.promptsMostStudentsHaveNot")), prompts);
        }
        if (!needs.inactiveStudents().isEmpty()) {
            UnorderedList people = new UnorderedList();
            needs.inactiveStudents().forEach(p -> people.add(new ListItem(p.displayName())));
            attention.add(
                    new H3(tr(
                            "lessonReviewView.noActivityYetOnThis",
                            needs.inactiveStudents().size())),
                    people);
        }
    }

    private ListItem flaggedItem(FlaggedItem item) {
        Paragraph what = new Paragraph(tr(
                "lessonReviewView.by",
                capitalised(withArticle(item.target().kind())),
                item.authorName(),
                (item.hidden() ? tr("lessonReviewView.hidden") : ""),
                item.excerpt()));
        Paragraph why = new Paragraph(tr("lessonReviewView.flagged2", String.join("; ", item.reasons())));
        why.addClassName("note-when");
        Button hide = new Button(
                tr("lessonReviewView.hideFromClassmates"),
                e -> TextDialog.askReason(
                        tr("lessonReviewView.hideThis", tr(item.target().kind())),
                        tr("common.classmatesWillSeeHiddenBy"),
                        tr("common.hide"),
                        ModerationService.MAX_REASON,
                        reason -> moderation.hide(item.target(), reason),
                        this::refilter));
        Button keep = new Button(
                tr("lessonReviewView.keepIt"),
                e -> TextDialog.askReason(
                        tr("lessonReviewView.keepThisAsItIs", tr(item.target().kind())),
                        tr("lessonReviewView.theFlagsAreSettledAnd"),
                        tr("lessonReviewView.keep"),
                        ModerationService.MAX_REASON,
                        reason -> moderation.keep(item.target(), reason),
                        this::refilter));
        hide.setVisible(!item.hidden());
        Anchor open = new Anchor(
                LessonLinks.path(classId, lessonId)
                        + (item.target().kind() == ModerationTarget.Kind.NOTE
                                ? "?thread=" + item.target().id()
                                : ""),
                tr("lessonReviewView.openInTheLesson"));
        Div actions = new Div(hide, keep, open);
        actions.addClassName("answer-actions");
        return new ListItem(what, why, actions);
    }

    /** Every moderation act in the class: who, when, what, why. */
    private Details log() {
        Div content = new Div();
        Details details = new Details(tr("lessonReviewView.moderationLog"), content);
        details.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                return;
            }
            content.removeAll();
            List<ModerationEntry> entries = moderation.log(classId);
            if (entries.isEmpty()) {
                content.add(new Paragraph(tr("lessonReviewView.noFlagsOrModerationYet")));
                return;
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("moderation-log");
            entries.forEach(entry -> list.add(new ListItem(tr(
                    "lessonReviewView.byReason",
                    DateTimes.format(entry.at()),
                    entry.actorName(),
                    tr(entry.action()),
                    withArticle(entry.target().kind()),
                    entry.authorName(),
                    entry.excerpt(),
                    entry.reason()))));
            content.add(list);
        });
        return details;
    }

    private void showThreads(List<LessonReview.ThreadSummary> list) {
        threads.removeAll();
        threads.add(new H2(tr("lessonReviewView.threadsByLatestActivity", list.size())));
        threads.addClassName("review-threads");
        if (list.isEmpty()) {
            threads.add(new Paragraph(tr("lessonReviewView.noNotesMatch")));
            return;
        }
        OrderedList items = new OrderedList();
        threads.add(items);
        showMoreThreads(list, items, 0);
    }

    /** Threads come in batches: a class's thousands of notes would make a page nobody can use. */
    private void showMoreThreads(List<LessonReview.ThreadSummary> list, OrderedList items, int from) {
        list.stream().skip(from).limit(SHOWN).forEach(t -> items.add(threadItem(t)));
        threads.getChildren()
                .filter(c -> c.hasClassName("more-threads"))
                .toList()
                .forEach(threads::remove);
        int shown = Math.min(list.size(), from + SHOWN);
        if (shown < list.size()) {
            Button more = new Button(
                    tr("lessonReviewView.showMoreOf", Math.min(SHOWN, list.size() - shown), (list.size() - shown)),
                    e -> showMoreThreads(list, items, shown));
            more.addClassName("more-threads");
            threads.add(more);
        }
    }

    private ListItem threadItem(LessonReview.ThreadSummary thread) {
        Span quote = new Span("“" + thread.quote() + "”");
        quote.addClassName("evidence-quote");
        Paragraph who = new Paragraph(thread.authorName() + (thread.tag() == null ? "" : " · " + thread.tag())
                + " · "
                + (thread.replies() == 1
                        ? tr("lessonReviewView.1Reply")
                        : tr("lessonReviewView.replies", thread.replies()))
                + " · " + DateTimes.format(thread.lastActivity())
                + (thread.orphaned() ? tr("lessonReviewView.noLongerInTheText2") : ""));
        who.addClassName("note-when");
        Paragraph body = new Paragraph(thread.body());
        body.addClassName("note-body");
        Anchor open = new Anchor(
                LessonLinks.path(classId, lessonId) + "?thread=" + thread.id(), tr("lessonReviewView.openTheThread"));
        open.getElement().setAttribute("aria-label", tr("lessonReviewView.openTheThreadOn", shorten(thread.quote())));
        return new ListItem(quote, who, body, open);
    }

    /** Notes and answers per day, from the first activity to the due date, as a bar chart and as a table. */
    private Section activity(LessonReview glance) {
        Section section = new Section(new H2(tr("lessonReviewView.activityByDay")));
        if (glance.activity().isEmpty()) {
            section.add(new Paragraph(tr("lessonReviewView.noNotesOrAnswersYet")));
            return section;
        }
        LocalDate first = glance.activity().getFirst().day();
        LocalDate last = glance.dueAt() != null
                ? glance.dueAt().atZone(DateTimes.zone()).toLocalDate()
                : LocalDate.now(clock.withZone(DateTimes.zone()));
        List<LessonReview.DayActivity> days =
                ActivityChart.everyDay(glance.activity(), first, last.isBefore(first) ? first : last);
        section.add(new Html(ActivityChart.svg(days, glance.dueAt() != null)));
        Details table = new Details(tr("lessonReviewView.activityAsATable"), ActivityChart.table(days));
        section.add(table);
        return section;
    }

    private Section exports(String className, String lessonTitle) {
        Span status = new Span();
        status.getElement().setAttribute("role", "status");
        String fileName = Downloads.fileName(
                LocalDate.now(clock.withZone(DateTimes.zone())), "jsonld", className, lessonTitle, "annotations");
        String base = baseIri();
        Anchor jsonLd = Downloads.link(
                tr("lessonReviewView.downloadTheAnnotationsW3cWeb"),
                fileName,
                "application/ld+json",
                status,
                out -> review.writeAnnotationsJsonLd(classId, lessonId, base, out));
        return new Section(new H2(tr("lessonReviewView.export")), new Paragraph(jsonLd), status);
    }

    /** The IRIs of exported annotations start with the address people reach Colloquy at. */
    private String baseIri() {
        String base = address.url("");
        return base.isEmpty() ? "urn:colloquy" : base;
    }

    /** "a note", "an answer", "a reply to an answer". */
    private static String withArticle(ModerationTarget.Kind kind) {
        return tr("kindWithArticle." + kind.name());
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
