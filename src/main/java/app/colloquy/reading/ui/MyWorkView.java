package app.colloquy.reading.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.platform.ui.DateTimes;
import app.colloquy.reading.ReadingService;
import app.colloquy.reading.WorkItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A student's assignments across their classes: what is due when, and how far they have got. */
@Route("work")
@PermitAll
class MyWorkView extends Main implements HasDynamicTitle {

    MyWorkView(ReadingService readings, Clock clock) {
        addClassName("page");
        add(new H1(tr("myWorkView.myWork")));
        List<WorkItem> work = readings.myWork();
        if (work.isEmpty()) {
            add(new Paragraph(tr("myWorkView.nothingAssignedToYouRight")));
            return;
        }
        Instant now = clock.instant();
        UnorderedList list = new UnorderedList();
        list.addClassName("work-list");
        list.getElement().setAttribute("aria-label", tr("myWorkView.assignments"));
        work.forEach(item -> list.add(new ListItem(row(item, now))));
        add(list);
    }

    private static Div row(WorkItem item, Instant now) {
        Anchor reading = LessonLinks.to(item.classroomId(), item.resumeLessonId(), item.readingTitle());
        reading.addClassName("work-title");
        if (item.status() == WorkItem.Status.IN_PROGRESS) {
            reading.getElement()
                    .setAttribute(
                            "aria-label",
                            tr(
                                    "myWorkView.continueWithLessonOf",
                                    item.readingTitle(),
                                    item.resumePosition(),
                                    item.lessonCount()));
        }
        Span className = new Span(item.className());
        className.addClassName("work-class");
        Span due = new Span(
                item.dueAt() == null
                        ? tr("myWorkView.noDueDate")
                        : tr("myWorkView.due", DateTimes.format(item.dueAt())));
        Span status = new Span(statusText(item));
        status.getElement()
                .getThemeList()
                .add(
                        switch (item.status()) {
                            case DONE -> "badge success";
                            case IN_PROGRESS -> "badge";
                            case NOT_STARTED -> "badge contrast";
                        });
        Div row = new Div(reading, className, due, status);
        if (item.overdue(now)) {
            Span overdue = new Span(tr("myWorkView.overdue"));
            overdue.getElement().getThemeList().add("badge error");
            row.add(overdue);
            row.addClassName("overdue");
        }
        if (item.feedbackCount() > 0) {
            Anchor feedback = LessonLinks.to(
                    item.classroomId(),
                    Objects.requireNonNull(item.feedbackLessonId()),
                    item.feedbackCount() == 1
                            ? tr("myWorkView.feedbackArrivedOn1Answer")
                            : tr("myWorkView.feedbackArrivedOnAnswers", item.feedbackCount()));
            feedback.addClassName("work-feedback");
            row.add(feedback);
        }
        row.addClassName("work-item");
        return row;
    }

    private static String statusText(WorkItem item) {
        return switch (item.status()) {
            case NOT_STARTED, DONE -> tr(item.status());
            case IN_PROGRESS ->
                tr(
                        "myWorkView.ofLessonsDoneOpenedEvery",
                        tr(item.status()),
                        item.doneCount(),
                        item.lessonCount(),
                        item.resumePosition());
        };
    }

    @Override
    public String getPageTitle() {
        return tr("title.myWork");
    }
}
