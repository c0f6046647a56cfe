package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.classroom.ui.ClassPageSection;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.Tag;
import app.colloquy.platform.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * On a class's page, for its teachers: the tags students choose from when they annotate. Renaming
 * a tag renames it on every note; removing one keeps the notes, shown untagged.
 */
@org.springframework.stereotype.Component
@Order(100)
class DiscussionTagsSection implements ClassPageSection {

    private final DiscussionService discussions;

    DiscussionTagsSection(DiscussionService discussions) {
        this.discussions = discussions;
    }

    @Override
    public List<Component> content(ClassroomSummary classroom) {
        if (!classroom.teaching()) {
            return List.of();
        }
        Div body = new Div();
        Details details = new Details(tr("discussionTagsSection.discussionTags"), body);
        details.addClassName("discussion-tags");
        fill(body, classroom);
        return List.of(details);
    }

    private void fill(Div body, ClassroomSummary classroom) {
        body.removeAll();
        body.add(new Paragraph(tr("discussionTagsSection.studentsPickOneOfThese")));
        UnorderedList list = new UnorderedList();
        list.addClassName("tag-list");
        for (Tag tag : discussions.tags(classroom.id())) {
            TextField name = new TextField();
            name.setValue(tag.name());
            name.setAriaLabel(tr("discussionTagsSection.nameOfTheTag", tag.name()));
            name.setMaxLength(DiscussionService.MAX_TAG);
            Button rename = new Button(
                    tr("discussionTagsSection.rename"),
                    e -> change(name, () -> discussions.renameTag(tag.id(), name.getValue()), body, classroom));
            rename.setAriaLabel(tr("discussionTagsSection.rename2", tag.name()));
            rename.setEnabled(!classroom.archived());
            Button remove = new Button(
                    tr("common.remove"), e -> change(name, () -> discussions.removeTag(tag.id()), body, classroom));
            remove.setAriaLabel(tr("discussionTagsSection.remove", tag.name()));
            remove.setEnabled(!classroom.archived());
            Checkbox asks = new Checkbox(tr("discussionTagsSection.asksForAnAnswer"), tag.asksForAnswer());
            asks.setAriaLabel(tr("discussionTagsSection.asksForAnAnswer2", tag.name()));
            asks.setEnabled(!classroom.archived());
            asks.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    change(name, () -> discussions.setAsksForAnswer(tag.id(), e.getValue()), body, classroom);
                }
            });
            list.add(new ListItem(name, rename, remove, asks));
        }
        TextField newTag = new TextField(tr("discussionTagsSection.newTag"));
        newTag.setMaxLength(DiscussionService.MAX_TAG);
        Button add = new Button(
                tr("discussionTagsSection.addTag"),
                e -> change(newTag, () -> discussions.addTag(classroom.id(), newTag.getValue()), body, classroom));
        add.setEnabled(!classroom.archived());
        Div adding = new Div(newTag, add);
        adding.addClassName("tag-add");
        body.add(list, adding);
    }

    private void change(TextField field, Runnable change, Div body, ClassroomSummary classroom) {
        try {
            change.run();
            fill(body, classroom);
            Notification.show(tr("discussionTagsSection.tagsSaved"), 2500, Notification.Position.BOTTOM_START);
        } catch (InvalidInputException problem) {
            field.setErrorMessage(tr(problem));
            field.setInvalid(true);
        }
    }
}
