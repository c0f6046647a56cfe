package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.Tag;
import app.colloquy.discussion.Visibility;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.ui.Translate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes a new annotation, a reply or an edit. Problems are shown on the field they concern and
 * the dialog stays open with everything typed, so nothing is lost to a refused post.
 */
class NoteComposer extends Dialog {

    /** What posting does with the text; returns normally when it was saved. */
    interface Submission {
        void submit(String body, @Nullable Long tagId, Visibility visibility);
    }

    private final TextArea body = new TextArea(tr("noteComposer.yourNote"));
    private final Select<Tag> tag = new Select<>();
    private final Select<Visibility> visibility = new Select<>();
    private final Paragraph problem = new Paragraph();
    private final Submission submission;

    private NoteComposer(
            String title,
            @Nullable String quote,
            String initialText,
            @Nullable List<Tag> tags,
            Submission submission,
            String postLabel) {
        this.submission = submission;
        setHeaderTitle(title);
        addClassName("note-composer");
        if (quote != null) {
            Div quoted = new Div(quote);
            quoted.addClassName("composer-quote");
            add(quoted);
        }
        body.setWidthFull();
        body.setMinHeight("8rem");
        body.setValue(initialText);
        body.setValueChangeMode(ValueChangeMode.EAGER);
        body.addValueChangeListener(e -> showCount());
        showCount();
        add(body);
        if (tags != null) {
            tag.setLabel(tr("noteComposer.tag"));
            tag.setItems(tags);
            tag.setItemLabelGenerator(t -> t == null ? tr("noteComposer.noTag") : t.name());
            tag.setEmptySelectionAllowed(true);
            tag.setEmptySelectionCaption(tr("noteComposer.noTag"));
            visibility.setLabel(tr("noteComposer.whoCanSeeIt"));
            visibility.setItems(Visibility.values());
            visibility.setItemLabelGenerator(Translate::tr);
            visibility.setValue(Visibility.CLASS);
            add(tag, visibility);
        }
        problem.addClassName("composer-problem");
        problem.getElement().setAttribute("role", "alert");
        add(problem);
        Button post = new Button(postLabel, e -> post());
        post.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(tr("common.cancel"), e -> close());
        getFooter().add(cancel, post);
        setCloseOnOutsideClick(false);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                body.focus();
            }
        });
    }

    static NoteComposer annotation(String quote, List<Tag> tags, Submission submission) {
        return new NoteComposer(tr("noteComposer.annotate"), quote, "", tags, submission, tr("noteComposer.post"));
    }

    /** A highlight to cite in an answer: the note is optional, and the highlight private unless shared. */
    static NoteComposer citation(String quote, List<Tag> tags, int promptNumber, Submission submission) {
        NoteComposer composer = new NoteComposer(
                tr("noteComposer.citeInYourAnswerTo", promptNumber),
                quote,
                "",
                tags,
                submission,
                tr("noteComposer.cite"));
        composer.body.setLabel(tr("noteComposer.yourNoteOptional"));
        composer.visibility.setValue(Visibility.PRIVATE);
        return composer;
    }

    static NoteComposer reply(String quote, Submission submission) {
        return new NoteComposer(tr("noteComposer.reply"), quote, "", null, submission, tr("noteComposer.postReply"));
    }

    static NoteComposer edit(String currentText, Submission submission) {
        return new NoteComposer(
                tr("noteComposer.editYourNote"), null, currentText, null, submission, tr("noteComposer.save"));
    }

    private void showCount() {
        int length = body.getValue().length();
        body.setHelperText(tr("common.charactersOf", length, DiscussionService.MAX_BODY));
        if (length > DiscussionService.MAX_BODY) {
            body.setInvalid(true);
            body.setErrorMessage(tr("noteComposer.overTheLimit", length - DiscussionService.MAX_BODY));
        } else if (body.isInvalid() && length > 0) {
            body.setInvalid(false);
        }
    }

    private void post() {
        problem.setText("");
        try {
            submission.submit(
                    body.getValue(),
                    Optional.ofNullable(tag.getValue()).map(Tag::id).orElse(null),
                    Optional.ofNullable(visibility.getValue()).orElse(Visibility.CLASS));
            close();
        } catch (InvalidInputException refused) {
            if ("body".equals(refused.field())) {
                body.setErrorMessage(tr(refused));
                body.setInvalid(true);
                body.focus();
            } else {
                problem.setText(tr(refused));
            }
        }
    }
}
