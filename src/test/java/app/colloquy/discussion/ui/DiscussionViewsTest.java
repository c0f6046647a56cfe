package app.colloquy.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.colloquy.account.Account;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.Note;
import app.colloquy.discussion.Tag;
import app.colloquy.reading.ui.ReadingPane;
import app.colloquy.testsupport.BrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lesson screen's composer and the class page's tag editor, as real views without a browser. */
class DiscussionViewsTest extends BrowserlessTest {

    static final String TEXT = "Rivers carry water to the sea.\n\n### A subheading\n\nThe sea gives it back as rain.";

    @Autowired
    DiscussionService discussion;

    Account teacher;
    Account student;
    long classId;
    long lessonId;

    @BeforeEach
    void lesson() {
        teacher = accounts.createTeacher("teacher");
        student = accounts.create("student");
        classId = accounts.createClass(teacher, "Views class", student);
        lessonId = testReadings.lessonIn(classId, teacher).text(TEXT).assign().lessonId();
    }

    @Test
    void theComposerKeepsWhatWasTypedWhenItIsRefusedAndPostsWhenItIsFine() {
        accounts.signIn(student);
        UI.getCurrent().navigate("classes/" + classId + "/lessons/" + lessonId);
        ReadingPane pane = _get(ReadingPane.class);
        assertThat(pane.getElement().getProperty("text")).isEqualTo(TEXT);

        ComponentUtil.fireEvent(pane, new ReadingPane.AnnotateEvent(pane, true, 7, 18, "carry water"));
        Dialog composer = _get(Dialog.class);
        TextArea note = _get(composer, TextArea.class, spec -> spec.withLabel("Your note"));
        _click(_get(composer, Button.class, spec -> spec.withText("Post")));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).contains("Write something");

        String tooLong = "x".repeat(DiscussionService.MAX_BODY + 3);
        note.setValue(tooLong);
        assertThat(note.getErrorMessage()).contains("3 characters over the limit");
        _click(_get(composer, Button.class, spec -> spec.withText("Post")));
        assertThat(composer.isOpened()).isTrue();
        assertThat(note.getValue()).isEqualTo(tooLong);

        note.setValue("Why does it carry water?");
        _click(_get(composer, Button.class, spec -> spec.withText("Post")));
        assertThat(composer.isOpened()).isFalse();
        Note posted =
                discussion.discussion(classId, lessonId).threads().getFirst().root();
        assertThat(posted.quote()).isEqualTo("carry water");
        assertThat(posted.body()).isEqualTo("Why does it carry water?");
    }

    @Test
    void aWhitespaceSelectionGetsAHintAndNoComposer() {
        accounts.signIn(student);
        UI.getCurrent().navigate("classes/" + classId + "/lessons/" + lessonId);
        ReadingPane pane = _get(ReadingPane.class);
        int blank = TEXT.indexOf("\n\n");
        ComponentUtil.fireEvent(pane, new ReadingPane.AnnotateEvent(pane, true, blank, blank + 2, "\n\n"));
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void teachersRenameAddAndRemoveTagsOnTheClassPageAndStudentsDoNotSeeTheEditor() {
        accounts.signIn(teacher);
        UI.getCurrent().navigate("classes/" + classId);
        Details tags = _get(Details.class, spec -> spec.withClasses("discussion-tags"));
        TextField question = _get(tags, TextField.class, spec -> spec.withValue("Question"));
        question.setValue("Wondering");
        _click(_get(tags, Button.class, spec -> spec.withAttribute("aria-label", "Rename Question")));
        _get(tags, TextField.class, spec -> spec.withLabel("New tag")).setValue("Prediction");
        _click(_get(tags, Button.class, spec -> spec.withText("Add tag")));
        _click(_get(tags, Button.class, spec -> spec.withAttribute("aria-label", "Remove Confusing")));
        assertThat(discussion.tags(classId))
                .extracting(Tag::name)
                .containsExactly("Wondering", "Claim", "Evidence", "Connection", "Prediction");

        _get(tags, TextField.class, spec -> spec.withLabel("New tag")).setValue("claim");
        _click(_get(tags, Button.class, spec -> spec.withText("Add tag")));
        assertThat(_get(tags, TextField.class, spec -> spec.withLabel("New tag"))
                        .getErrorMessage())
                .contains("already");

        accounts.signIn(student);
        UI.getCurrent().navigate("classes/" + classId);
        assertThat(_find(Details.class, spec -> spec.withClasses("discussion-tags")))
                .isEmpty();
    }
}
