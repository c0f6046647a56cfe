package app.colloquy.review.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.ui.ClassLinks;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.reading.ClassAssignment;
import app.colloquy.reading.ReadingService;
import app.colloquy.review.ParticipationRow;
import app.colloquy.review.ParticipationSort;
import app.colloquy.review.ReviewService;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Who took part in an assignment: a sortable table paged in the database (one statement per page),
 * with links to each lesson's review and the class's participation and scores as CSV.
 */
@Route("classes/:classId([0-9]{1,18})/assignments/:assignmentId([0-9]{1,18})/participation")
@PermitAll
class ParticipationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService review;
    private final ClassroomService classrooms;
    private final ReadingService readings;
    private final Clock clock;
    private String title = tr("participationView.participation");

    ParticipationView(ReviewService review, ClassroomService classrooms, ReadingService readings, Clock clock) {
        this.review = review;
        this.classrooms = classrooms;
        this.readings = readings;
        this.clock = clock;
        addClassName("page");
        // Nine columns of numbers: the table takes the whole width, not the reading width of text pages.
        addClassName("wide-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long classId = event.getRouteParameters().getLong("classId").orElseThrow();
        long assignmentId = event.getRouteParameters().getLong("assignmentId").orElseThrow();
        ClassroomSummary classroom = classrooms.getClassroom(classId);
        int students = review.participationCount(classId, assignmentId);
        ClassAssignment assignment = readings.assignmentsForClass(classId).stream()
                .filter(a -> a.assignmentId() == assignmentId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        title = tr("participationView.participationColloquy", assignment.title());
        removeAll();
        Nav breadcrumb = new Nav(ClassLinks.to(classId, classroom.name()), new Span(" › " + assignment.title()));
        breadcrumb.addClassName("breadcrumb");
        breadcrumb.getElement().setAttribute("aria-label", tr("common.breadcrumb"));
        add(breadcrumb, new H1(tr("participationView.participation2", assignment.title())));
        UnorderedList lessons = new UnorderedList();
        lessons.getElement().setAttribute("aria-label", tr("participationView.reviewALessonSDiscussion"));
        assignment
                .lessons()
                .forEach(l -> lessons.add(new ListItem(ReviewLinks.lesson(
                        classId, l.lessonId(), tr("participationView.review", l.position(), l.title())))));
        add(lessons, grid(classId, assignmentId, students), csv(classId, classroom.name()));
    }

    private Grid<ParticipationRow> grid(long classId, long assignmentId, int students) {
        Grid<ParticipationRow> grid = new Grid<>();
        grid.addClassName("participation-grid");
        grid.setAriaLabel(tr("participationView.participationPerStudent"));
        column(grid, tr("common.student"), ParticipationSort.NAME, ParticipationRow::displayName)
                .setFlexGrow(2)
                .setFrozen(true);
        column(
                grid,
                tr("participationView.notes"),
                ParticipationSort.ANNOTATIONS,
                r -> String.valueOf(r.annotations()));
        column(grid, tr("participationView.replies"), ParticipationSort.REPLIES, r -> String.valueOf(r.replies()));
        column(
                grid,
                tr("participationView.helpfulGiven"),
                ParticipationSort.HELPFUL_GIVEN,
                r -> String.valueOf(r.helpfulGiven()));
        column(
                grid,
                tr("participationView.helpfulReceived"),
                ParticipationSort.HELPFUL_RECEIVED,
                r -> String.valueOf(r.helpfulReceived()));
        column(
                grid,
                tr("participationView.promptsAnswered"),
                ParticipationSort.ANSWERED,
                r -> tr("participationView.of", (r.answeredOnTime() + r.answeredLate()), r.promptCount()));
        column(grid, tr("participationView.late"), ParticipationSort.LATE, r -> String.valueOf(r.answeredLate()));
        column(
                grid,
                tr("participationView.score"),
                ParticipationSort.SCORE,
                r -> r.score() == null
                        ? "–"
                        : r.score() + (r.maxScore() == null ? "" : tr("participationView.of2", r.maxScore())));
        column(
                        grid,
                        tr("common.lastActive"),
                        ParticipationSort.LAST_ACTIVE,
                        r -> r.lastActive() == null ? tr("common.never") : DateTimes.format(r.lastActive()))
                .setFlexGrow(2);
        grid.setItems(
                query -> {
                    var order = query.getSortOrders().stream().findFirst();
                    ParticipationSort sort = order.map(o -> ParticipationSort.valueOf(o.getSorted()))
                            .orElse(ParticipationSort.NAME);
                    boolean descending = order.map(o -> o.getDirection() == SortDirection.DESCENDING)
                            .orElse(false);
                    return review
                            .participation(classId, assignmentId, sort, descending, query.getOffset(), query.getLimit())
                            .stream();
                },
                query -> students);
        grid.setPageSize(50);
        grid.setAllRowsVisible(students <= 50);
        return grid;
    }

    private static Grid.Column<ParticipationRow> column(
            Grid<ParticipationRow> grid,
            String header,
            ParticipationSort sort,
            Function<ParticipationRow, String> value) {
        boolean text = sort == ParticipationSort.NAME || sort == ParticipationSort.LAST_ACTIVE;
        // A header of its own element: the grid measures it, sort arrows included, for the column's width.
        Span title = new Span(header);
        title.addClassName("grid-header");
        Grid.Column<ParticipationRow> column = grid.addColumn(value::apply)
                .setHeader(title)
                .setSortProperty(sort.name())
                .setSortable(true)
                .setResizable(true);
        // Every header whole, in any language: counts line up on the right, and a table wider
        // than the screen scrolls with the students' names kept in view (the first column is frozen).
        column.setAutoWidth(true);
        return text ? column : column.setTextAlign(ColumnTextAlign.END);
    }

    private Paragraph csv(long classId, String className) {
        Span status = new Span();
        status.getElement().setAttribute("role", "status");
        String fileName =
                Downloads.fileName(LocalDate.now(clock.withZone(DateTimes.zone())), "csv", className, "participation");
        Anchor link = Downloads.link(
                tr("participationView.downloadParticipationAndScoresOf"),
                fileName,
                "text/csv; charset=utf-8",
                status,
                out -> review.writeParticipationCsv(classId, out));
        return new Paragraph(link, new Span(" "), status);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
