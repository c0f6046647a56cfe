package app.colloquy.classroom.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.account.CurrentUser;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.CoTeacherInvitation;
import app.colloquy.classroom.GettingStarted;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Home screen: the classes a person teaches or attends, archived ones apart. */
@Route("")
@PermitAll
class MyClassesView extends Main implements HasDynamicTitle {

    MyClassesView(ClassroomService classrooms, CurrentUser currentUser, List<GettingStarted> gettingStarted) {
        addClassName("page");
        HorizontalLayout actions = new HorizontalLayout();
        if (currentUser.require().teacher()) {
            Button newClass = new Button(tr("myClassesView.newClass"), e -> new NewClassDialog(classrooms).open());
            newClass.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(newClass);
        }
        actions.add(new RouterLink(tr("common.joinAClass"), JoinView.class));
        actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(new H1(tr("common.myClasses")), actions);
        if (currentUser.require().teacher()) {
            checklist(gettingStarted).ifPresent(this::add);
        }
        List<CoTeacherInvitation> invitations = classrooms.myInvitations();
        if (!invitations.isEmpty()) {
            add(invitations(classrooms, invitations));
        }
        List<ClassroomSummary> mine = classrooms.myClasses();
        if (mine.isEmpty()) {
            add(new Paragraph(
                    currentUser.require().teacher()
                            ? tr("myClassesView.youHaveNoClassesYet")
                            : tr("myClassesView.youAreNotInAny")));
        } else {
            add(cards(mine, tr("myClassesView.classes")));
        }
        List<ClassroomSummary> archived = classrooms.myArchivedClasses();
        if (!archived.isEmpty()) {
            add(new H2(tr("myClassesView.archived")), cards(archived, tr("myClassesView.archivedClasses")));
        }
    }

    /** Invitations to co-teach, each accepted or declined here. */
    /** What a new teacher does next, until every step is done; the first step not done is the one to take. */
    private static Optional<Section> checklist(List<GettingStarted> features) {
        List<GettingStarted.Step> steps = features.stream()
                .flatMap(f -> f.steps().stream())
                .sorted(Comparator.comparingInt(GettingStarted.Step::order))
                .toList();
        if (steps.stream().allMatch(GettingStarted.Step::done)) {
            return Optional.empty();
        }
        OrderedList list = new OrderedList();
        list.getElement().setAttribute("aria-label", tr("myClassesView.gettingStarted"));
        for (GettingStarted.Step step : steps) {
            ListItem item = new ListItem();
            if (step.done()) {
                Span done = new Span(tr("myClassesView.done", step.text()));
                done.addClassName("step-done");
                item.add(done);
            } else if (step.href().isEmpty()) {
                item.add(new Span(step.text()));
            } else {
                item.add(new Anchor(step.href(), step.text()));
            }
            list.add(item);
        }
        Section card = new Section(new H2(tr("myClassesView.gettingStarted")), list);
        card.addClassName("getting-started");
        card.addClassName("card");
        return Optional.of(card);
    }

    private static Section invitations(ClassroomService classrooms, List<CoTeacherInvitation> invitations) {
        Section section = new Section(new H2(tr("myClassesView.invitationsToCoTeach")));
        section.addClassName("invitations");
        for (CoTeacherInvitation invitation : invitations) {
            Paragraph text = new Paragraph(
                    tr("myClassesView.invitesYouToTeach", invitation.invitedBy(), invitation.classroomName()));
            Button accept = new Button(tr("myClassesView.accept"), e -> {
                classrooms.acceptInvitation(invitation.classroomId());
                e.getSource()
                        .getUI()
                        .ifPresent(ui -> ui.navigate(
                                ClassView.class,
                                new RouteParameters("classId", String.valueOf(invitation.classroomId()))));
            });
            accept.setAriaLabel(tr("myClassesView.acceptInvitationToTeach", invitation.classroomName()));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button decline = new Button(tr("myClassesView.decline"), e -> {
                classrooms.declineInvitation(invitation.classroomId());
                e.getSource().getUI().ifPresent(ui -> ui.getPage().reload());
            });
            decline.setAriaLabel(tr("myClassesView.declineInvitationToTeach", invitation.classroomName()));
            Div row = new Div(text, new HorizontalLayout(accept, decline));
            row.addClassName("invitation");
            section.add(row);
        }
        return section;
    }

    private static UnorderedList cards(List<ClassroomSummary> classes, String label) {
        UnorderedList list = new UnorderedList();
        list.addClassName("class-list");
        list.getElement().setAttribute("aria-label", label);
        classes.forEach(c -> list.add(new ListItem(card(c))));
        return list;
    }

    private static Div card(ClassroomSummary c) {
        RouterLink link = ClassLinks.to(c.id(), c.name());
        link.addClassName("class-name");
        Span role = new Span(c.teaching() ? tr("myClassesView.teaching") : tr("common.student"));
        role.getElement().getThemeList().add(c.teaching() ? "badge" : "badge contrast");
        Div details = new Div();
        details.addClassName("class-details");
        if (c.term() != null) {
            details.add(new Span(c.term()));
        }
        if (c.teaching()) {
            details.add(new Span(
                    c.studentCount() == 1
                            ? tr("myClassesView.1Student")
                            : tr("myClassesView.students", c.studentCount())));
        }
        Div card = new Div(link, role, details);
        card.addClassName("class-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return tr("title.myClasses");
    }
}
