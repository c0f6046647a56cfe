package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.account.CurrentUser;
import app.colloquy.account.SignedInUser;
import app.colloquy.account.SystemActor;
import app.colloquy.classroom.ClassroomService;
import app.colloquy.classroom.ClassroomSummary;
import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.Discussion;
import app.colloquy.discussion.DiscussionService;
import app.colloquy.discussion.FeedbackService;
import app.colloquy.discussion.LessonUpdate;
import app.colloquy.discussion.LiveDiscussion;
import app.colloquy.discussion.ModerationService;
import app.colloquy.discussion.NewAnnotation;
import app.colloquy.discussion.Note;
import app.colloquy.discussion.NoteThread;
import app.colloquy.discussion.PromptAnswers;
import app.colloquy.discussion.Selection;
import app.colloquy.discussion.Tag;
import app.colloquy.discussion.ThreadChanges;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import app.colloquy.platform.live.ChangeFeed;
import app.colloquy.platform.ui.ReaderSettings;
import app.colloquy.reading.LessonPage;
import app.colloquy.reading.LibraryService;
import app.colloquy.reading.ReadingService;
import app.colloquy.reading.ui.LessonLinks;
import app.colloquy.reading.ui.ReadingPane;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One lesson as read and discussed in one class: the text with the class's highlights, the
 * threads beside it, then the discussion prompts. Changes by others arrive by push: the view
 * re-reads through the service as the person it was opened for (docs/decisions/0012) and keeps
 * no copy of the discussion between updates.
 */
@Route("classes/:classId([0-9]{1,18})/lessons/:lessonId([0-9]{1,18})")
@PermitAll
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle, PromptAnswersSection.Host {

    private final ClassroomService classrooms;
    private final ReadingService readings;
    private final DiscussionService discussions;
    private final CurrentUser currentUser;
    private final LiveDiscussion live;
    private final LibraryService library;
    private final AnswerService answers;
    private final ModerationService moderation;
    private final FeedbackService feedback;
    private final NoteActions noteActions;
    private final ReadingPane pane = new ReadingPane(tr("lessonView.lessonText"));
    private final DiscussionThreads threads = new DiscussionThreads();
    private final Div activity = new Div();
    private long classId;
    private long lessonId;
    private int textVersion;
    private String title = tr("lessonView.lesson");

    @SuppressWarnings("NullAway.Init") // set on entering the page, before anything reads it
    private PromptAnswersSection prompts;
    /** The prompt whose answer the next highlight is cited in, while the student selects words for it. */
    private @Nullable Long citingPrompt;

    private int citingNumber;
    private ChangeFeed.@Nullable Subscription subscription;
    /** The class's tags as last read: what a changed thread's highlight style is worked out from. */
    private List<Tag> tags = List.of();

    LessonView(
            ClassroomService classrooms,
            ReadingService readings,
            DiscussionService discussions,
            CurrentUser currentUser,
            LiveDiscussion live,
            LibraryService library,
            AnswerService answers,
            FeedbackService feedback,
            ModerationService moderation) {
        this.moderation = moderation;
        this.feedback = feedback;
        this.noteActions = new NoteActions(discussions, moderation, new NoteActionsScreen());
        this.library = library;
        this.answers = answers;
        this.classrooms = classrooms;
        this.readings = readings;
        this.discussions = discussions;
        this.currentUser = currentUser;
        this.live = live;
        addClassName("page");
        addClassName("lesson-page");
        pane.addAnnotateListener(e -> compose(e.start(), e.end(), e.quote()));
        pane.addHighlightActivateListener(e -> threads.showThread(e.id()));
        threads.addShowListener(e -> pane.reveal(e.id()));
        threads.addActionListener(e -> noteActions.act(e.action(), e.id()));
        activity.addClassName("discussion-activity");
        activity.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters params = event.getRouteParameters();
        classId = params.getLong("classId").orElseThrow();
        lessonId = params.getLong("lessonId").orElseThrow();
        ClassroomSummary classroom = classrooms.getClassroom(classId);
        LessonPage lesson = readings.openLesson(classId, lessonId);
        title = tr("common.colloquy2", lesson.title());
        textVersion = lesson.textVersion();
        removeAll();
        pane.getElement().setAttribute("aria-label", tr("lessonView.lessonText2", lesson.title()));
        pane.setLesson(lesson.body());
        Div layout = new Div(pane, side());
        layout.addClassName("lesson-layout");
        Button toDiscussion = new Button(
                tr("lessonView.goToTheDiscussion"),
                e -> threads.getElement()
                        .executeJs("this.closest('aside').scrollIntoView(); this.closest('aside').focus()"));
        toDiscussion.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        toDiscussion.addClassName("to-discussion");
        Button largeText = new Button(tr("lessonView.largerText"));
        largeText.addClassName("large-text-toggle");
        largeText.getElement().setAttribute("aria-pressed", String.valueOf(hasClassName("large-text")));
        largeText.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        largeText.addClickListener(e -> {
            // For projecting a lesson: bigger type, the discussion below the text.
            boolean large = !hasClassName("large-text");
            setClassName("large-text", large);
            largeText.getElement().setAttribute("aria-pressed", String.valueOf(large));
        });
        Div tools = new Div(toDiscussion, largeText);
        tools.addClassName("lesson-tools");
        citingPrompt = null;
        prompts = new PromptAnswersSection(
                new PromptContext.Services(answers, feedback, moderation),
                this,
                classId,
                lessonId,
                currentUser.requireAccountId(),
                classroom.teaching());
        // The lesson is in the reading's language, which may not be the interface's.
        H1 heading = new H1(lesson.title());
        heading.getElement().setAttribute("lang", lesson.readingLanguage());
        pane.getElement().setAttribute("lang", lesson.readingLanguage());
        add(
                LessonNavigation.breadcrumb(classroom, lesson),
                heading,
                LessonNavigation.lessons(lesson),
                tools,
                layout,
                prompts,
                LessonNavigation.neighbours(lesson));
        if (classroom.teaching() && library.mayEdit(lesson.readingId())) {
            Anchor edit =
                    LessonLinks.toEditor(lesson.readingId(), lesson.lessonId(), tr("lessonView.editThisLessonAndIts"));
            edit.addClassName("edit-lesson");
            addComponentAtIndex(2, edit);
        }
        pane.getElement().setAttribute("data-skip-target", true);
        // Reading scrolls with the keyboard from the start: PageDown, Space and the arrows work at once.
        pane.focusText();
        showDiscussion(discussions.discussion(classId, lessonId));
        // A link to one thread (from the teachers' review): open it in the thread list.
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("thread")
                .filter(id -> id.matches("[0-9]{1,18}"))
                .map(Long::parseLong)
                .ifPresent(threads::showThread);
        // The same view instance is reused when moving to the next lesson: follow the new one.
        getUI().ifPresent(this::subscribe);
    }

    private Aside side() {
        Aside side = new Aside();
        side.addClassName("discussion-side");
        H2 heading = new H2(tr("lessonView.discussion"));
        heading.setId("discussion-heading");
        side.getElement().setAttribute("aria-labelledby", "discussion-heading");
        side.getElement().setAttribute("tabindex", "-1");
        Paragraph howTo = new Paragraph(tr("lessonView.toAnnotateSelectWordsIn"));
        howTo.addClassName("annotate-how-to");
        side.add(heading, howTo, activity, threads);
        return side;
    }

    // Reading and showing the discussion.

    private void showDiscussion(Discussion discussion) {
        tags = discussion.tags();
        pane.showHighlights(ThreadsData.highlights(discussion));
        threads.show(ThreadsData.of(discussion));
    }

    private void reload() {
        showDiscussion(discussions.discussion(classId, lessonId));
    }

    /** Redraws the threads holding these notes, as they are now, in place: after the viewer's own change. */
    private ThreadChanges refreshThreads(long... noteIds) {
        ThreadChanges changed = discussions.threads(
                classId, lessonId, Arrays.stream(noteIds).boxed().toList());
        showChanges(changed);
        return changed;
    }

    private void showChanges(ThreadChanges changes) {
        threads.change(ThreadsData.of(changes, tags));
        Set<Long> unplaced = new HashSet<>(changes.removed());
        changes.changed().stream()
                .map(NoteThread::root)
                .filter(Note::orphaned)
                .map(Note::id)
                .forEach(unplaced::add);
        pane.changeHighlights(ThreadsData.highlights(changes.changed(), tags), unplaced);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        subscribe(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe();
    }

    /**
     * Listens for changes to this lesson's discussion and text. Push runs on a thread without a
     * request, so the identity of the person the page was opened for is captured here and each
     * update re-reads as them, with their rights as they are at that moment, and is drawn in the
     * tab's language and time zone.
     */
    private void subscribe(UI ui) {
        unsubscribe();
        SignedInUser viewer = currentUser.require();
        subscription = live.watch(
                classId,
                lessonId,
                viewer.accountId(),
                update -> ui.access(() -> {
                    ReaderSettings reader = ReaderSettings.ofThisTab();
                    SystemActor.callAs(
                            viewer,
                            () -> reader.around(() -> {
                                changed(update);
                                return null;
                            }));
                }));
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /**
     * Others changed the discussion, the answers or the lesson text: the changed threads arrive as
     * this viewer sees them and are redrawn in place; anything else is re-read with their rights.
     */
    private void changed(LessonUpdate update) {
        try {
            if (update.noLongerAvailable()) {
                throw new NotFoundException();
            }
            if (update.everything()) {
                rereadEverything();
                return;
            }
            if (!update.prompts().isEmpty()) {
                prompts.show(update.prompts());
            } else if (!update.drafting().isEmpty()) {
                prompts.drafting(update.drafting());
            }
            if (!update.threads().isEmpty()) {
                showChanges(update.threads());
                announce(update);
            }
        } catch (NotFoundException gone) {
            showGone();
        }
    }

    private void showGone() {
        unsubscribe();
        List<String> typed = prompts.typedAnswers();
        removeAll();
        add(new H1(tr("lessonView.thisLessonIsNoLonger")), new Paragraph(tr("lessonView.youMayHaveBeenRemoved")));
        if (!typed.isEmpty()) {
            // Whatever they were writing stays on their screen, to copy.
            add(new Paragraph(tr("lessonView.whatYouWroteIsStill")));
            typed.forEach(text -> {
                Paragraph kept = new Paragraph(text);
                kept.addClassName("note-body");
                add(kept);
            });
        }
    }

    private void rereadEverything() {
        prompts.refresh();
        showNewText();
        reload();
    }

    private void showNewText() {
        var text = readings.lessonText(classId, lessonId);
        if (text.textVersion() != textVersion) {
            textVersion = text.textVersion();
            pane.setLesson(text.body());
            activity.setText(tr("lessonView.theTeacherUpdatedTheLesson"));
        }
    }

    /** Says in the status region who wrote a new note or reply (a classmate's, not one's own). */
    private void announce(LessonUpdate update) {
        for (NoteThread thread : update.threads().changed()) {
            Note root = thread.root();
            if (update.newNotes().contains(root.id()) && !root.mine()) {
                activity.setText(tr("lessonView.newNoteBy", root.authorName(), shorten(root.quote())));
            }
            thread.replies().stream()
                    .filter(r -> update.newNotes().contains(r.id()) && !r.mine())
                    .forEach(reply -> activity.setText(tr("lessonView.newReplyBy", reply.authorName())));
        }
    }

    /** The thread holding a note as the viewer sees it now; "not found" when it is gone from their view. */
    private NoteThread threadOf(long noteId) {
        return refreshThreads(noteId).changed().stream().findFirst().orElseThrow(NotFoundException::new);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    // Writing.

    private void compose(int start, int end, String quote) {
        Selection selection;
        try {
            selection = discussions.select(classId, lessonId, textVersion, start, end, quote);
        } catch (InvalidInputException refused) {
            Notification.show(tr(refused), 5000, Notification.Position.MIDDLE);
            return;
        }
        Long citing = citingPrompt;
        NoteComposer.Submission post = (body, tagId, visibility) -> {
            long id = discussions.annotate(
                    classId,
                    lessonId,
                    new NewAnnotation(
                            selection.textVersion(),
                            selection.start(),
                            selection.end(),
                            selection.quote(),
                            body,
                            tagId,
                            visibility));
            refreshThreads(id);
            if (citing != null) {
                citingPrompt = null;
                citeAfterPosting(citing, id);
            } else {
                activity.setText(tr("lessonView.yourNoteWasPosted"));
                threads.showThread(id);
            }
        };
        (citing == null
                        ? NoteComposer.annotation(selection.quote(), discussions.tags(classId), post)
                        : NoteComposer.citation(selection.quote(), discussions.tags(classId), citingNumber, post))
                .open();
    }

    /** The highlight is saved; citing it may still be refused (the prompt was closed meanwhile): say so. */
    private void citeAfterPosting(long promptId, long annotationId) {
        try {
            answers.cite(classId, promptId, annotationId);
            activity.setText(tr("lessonView.yourHighlightIsCitedIn", citingNumber));
        } catch (InvalidInputException | NotFoundException refused) {
            activity.setText(tr(
                    "lessonView.yourHighlightWasSavedBut",
                    (refused instanceof InvalidInputException invalid
                            ? tr(invalid)
                            : tr("lessonView.thePromptIsNoLonger"))));
        }
        prompts.refresh();
    }

    // What the prompts need from the lesson screen.

    @Override
    public List<Note> myHighlights() {
        Discussion discussion = discussions.discussion(classId, lessonId);
        return discussion.threads().stream()
                .map(NoteThread::root)
                .filter(Note::mine)
                .toList();
    }

    @Override
    public void showInText(PromptAnswers.Evidence evidence) {
        Integer start = evidence.start();
        Integer end = evidence.end();
        if (start != null && end != null) {
            pane.showRange(start, end);
        }
    }

    @Override
    public void citeNewWords(long promptId, int promptNumber) {
        citingPrompt = promptId;
        citingNumber = promptNumber;
        activity.setText(tr("lessonView.selectTheWordsToCite", promptNumber));
        pane.getElement().executeJs("this.scrollIntoView({block: 'start'}); this.focus({preventScroll: true})");
    }

    /** The screen as the note actions see it. */
    private final class NoteActionsScreen implements NoteActions.Screen {
        @Override
        public void refresh(long... noteIds) {
            refreshThreads(noteIds);
        }

        @Override
        public NoteThread threadOf(long noteId) {
            return LessonView.this.threadOf(noteId);
        }

        @Override
        public void showThread(long rootId) {
            threads.showThread(rootId);
        }

        @Override
        public void announce(String message) {
            activity.setText(message);
        }

        @Override
        public void reload() {
            LessonView.this.reload();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
