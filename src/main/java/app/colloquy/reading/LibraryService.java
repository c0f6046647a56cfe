package app.colloquy.reading;

import app.colloquy.account.CurrentUser;
import app.colloquy.account.SignedInUser;
import app.colloquy.platform.InputText;
import app.colloquy.platform.InvalidInputException;
import app.colloquy.platform.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers' readings: import, edit lessons and prompts, delete. The owner edits a reading, and so
 * do the teachers of any class it is assigned to.
 */
@Service
public class LibraryService {

    /** What happened to a reading a teacher deleted. */
    public enum Removal {
        DELETED,
        ARCHIVED
    }

    private final LibraryRepository library;
    private final CurrentUser currentUser;
    private final LessonSplitter splitter = new LessonSplitter();

    private final ApplicationEventPublisher events;

    LibraryService(LibraryRepository library, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.library = library;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Proposes lessons for a text a teacher pasted or uploaded. Nothing is saved; the teacher
     * adjusts the proposal before importing it.
     */
    public SplitReading proposeSplit(String text) {
        requireTeacher();
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "problem.libraryService.pasteTheArticleSText");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > ReadingLimits.MAX_TEXT_BYTES) {
            throw new InvalidInputException("text", "problem.libraryService.thatTextIsLongerThan");
        }
        InputText.requireText("text", text);
        return splitter.split(text);
    }

    /**
     * The text of an uploaded file (PDF, Word, web page, plain text or Markdown) as lesson text
     * with its headings marked, for the teacher to propose lessons from. Nothing is saved.
     */
    public String documentText(String fileName, byte[] content) {
        requireTeacher();
        return ImportedDocument.lessonText(fileName, content);
    }

    /** File names the import accepts, for the upload's file chooser. */
    public static List<String> importableFiles() {
        return ImportedDocument.EXTENSIONS;
    }

    /** Imports a reading owned by the person asking, with its lessons and prompts in order. */
    @Transactional
    public long importReading(NewReading reading) {
        SignedInUser me = requireTeacher();
        String title = ReadingLimits.title("title", reading.title());
        if (reading.lessons().isEmpty()) {
            throw new InvalidInputException("lessons", "problem.libraryService.aReadingNeedsAtLeast");
        }
        long readingId = library.insertReading(
                me.accountId(),
                title,
                ReadingLimits.sourceNote(reading.sourceNote()),
                ReadingLimits.overview(reading.overview()),
                ReadingLanguage.checked(reading.language()));
        int position = 0;
        for (NewReading.NewLesson lesson : reading.lessons()) {
            long lessonId = library.insertLesson(
                    readingId,
                    ++position,
                    ReadingLimits.title("lessonTitle", lesson.title()),
                    ReadingLimits.lessonText(lesson.body()));
            for (String question : lesson.prompts()) {
                library.insertPrompt(lessonId, ReadingLimits.prompt(question), false);
            }
        }
        return readingId;
    }

    /** The readings the person asking owns, newest first. */
    @Transactional(readOnly = true)
    public List<ReadingSummary> myReadings() {
        return library.findLibrary(requireTeacher().accountId());
    }

    @Transactional(readOnly = true)
    public ReadingDraft readingForEditing(long readingId) {
        requireEditor(readingId);
        return library.findDraft(readingId, currentUser.requireAccountId()).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public void renameReading(long readingId, String title) {
        requireEditor(readingId);
        library.updateReadingTitle(readingId, ReadingLimits.title("title", title));
    }

    /** Says which language the reading is written in (a BCP 47 tag, e.g. "es"); editors only. */
    @Transactional
    public void changeReadingLanguage(long readingId, String language) {
        requireEditor(readingId);
        library.updateReadingLanguage(readingId, ReadingLanguage.checked(language));
    }

    /** A lesson as saved: its text version (annotations anchor to it) and its revision (any save). */
    public record SavedLesson(int textVersion, int revision) {}

    /**
     * Saves a lesson's title and text over the revision the editor loaded; when someone saved it in
     * between (another tab, a co-teacher) nothing is saved and {@link LessonChangedException} says
     * so. A changed text becomes a new text version; earlier versions are kept so annotations made
     * on them can be moved to the new text.
     */
    @Transactional
    public SavedLesson updateLesson(long lessonId, int expectedRevision, String title, String body) {
        long readingId = library.readingOfLesson(lessonId).orElseThrow(NotFoundException::new);
        requireEditor(readingId);
        String cleanTitle = ReadingLimits.title("lessonTitle", title);
        String cleanBody = ReadingLimits.lessonText(body);
        LibraryRepository.StoredLesson current =
                library.findLessonText(lessonId).orElseThrow(NotFoundException::new);
        if (current.revision() != expectedRevision) {
            throw new LessonChangedException();
        }
        int version = current.body().equals(cleanBody) ? current.textVersion() : current.textVersion() + 1;
        int revision = library.updateLesson(lessonId, expectedRevision, cleanTitle, cleanBody, version)
                .orElseThrow(LessonChangedException::new);
        if (version != current.textVersion()) {
            library.insertVersion(lessonId, version, cleanTitle, cleanBody);
            events.publishEvent(new LessonTextChanged(lessonId, current.body(), version, cleanBody));
        }
        return new SavedLesson(version, revision);
    }

    /** The lesson's current text, to its editors only. */
    @Transactional(readOnly = true)
    public String lessonText(long lessonId) {
        requireEditor(library.readingOfLesson(lessonId).orElseThrow(NotFoundException::new));
        return library.findLessonText(lessonId)
                .orElseThrow(NotFoundException::new)
                .body();
    }

    /** Moves a lesson one place up (-1) or down (+1) in its reading. */
    @Transactional
    public void moveLesson(long lessonId, int direction) {
        requireEditor(library.readingOfLesson(lessonId).orElseThrow(NotFoundException::new));
        library.moveLesson(lessonId, Integer.signum(direction));
    }

    @Transactional
    public void addPrompt(long lessonId, String question, boolean answerBeforePeers) {
        requireEditor(library.readingOfLesson(lessonId).orElseThrow(NotFoundException::new));
        library.insertPrompt(lessonId, ReadingLimits.prompt(question), answerBeforePeers);
    }

    @Transactional
    public void updatePrompt(long promptId, String question, boolean answerBeforePeers) {
        requirePromptEditor(promptId);
        library.updatePrompt(promptId, ReadingLimits.prompt(question), answerBeforePeers);
    }

    @Transactional
    public void movePrompt(long promptId, int direction) {
        requirePromptEditor(promptId);
        library.movePrompt(promptId, Integer.signum(direction));
    }

    /** Deletes a prompt; one that students have answered stays (their answers are kept), with a message. */
    @Transactional
    public void deletePrompt(long promptId) {
        requirePromptEditor(promptId);
        try {
            library.deletePrompt(promptId);
        } catch (DataIntegrityViolationException answered) {
            throw new InvalidInputException("question", "problem.libraryService.studentsHaveAnsweredThisPrompt");
        }
    }

    /**
     * Deletes a reading, or archives it when students have already worked on it, so their work
     * is never lost. Only the owner may.
     */
    @Transactional
    public Removal deleteReading(long readingId) {
        long owner = library.findOwner(readingId).orElseThrow(NotFoundException::new);
        if (owner != currentUser.requireAccountId()) {
            throw new NotFoundException();
        }
        if (library.studentsHaveWorkedOn(readingId)) {
            library.archive(readingId);
            return Removal.ARCHIVED;
        }
        library.delete(readingId);
        return Removal.DELETED;
    }

    /** Whether the person asking may edit the reading (its owner, or a teacher of a class it is assigned to). */
    @Transactional(readOnly = true)
    public boolean mayEdit(long readingId) {
        return library.canEdit(readingId, currentUser.requireAccountId());
    }

    /** Fails with "not found" unless the person asking may edit the reading. */
    @Transactional(readOnly = true)
    public void requireEditor(long readingId) {
        if (!library.canEdit(readingId, currentUser.requireAccountId())) {
            throw new NotFoundException();
        }
    }

    private void requirePromptEditor(long promptId) {
        long lessonId = library.lessonOfPrompt(promptId).orElseThrow(NotFoundException::new);
        requireEditor(library.readingOfLesson(lessonId).orElseThrow(NotFoundException::new));
    }

    private SignedInUser requireTeacher() {
        SignedInUser me = currentUser.require();
        if (!me.teacher()) {
            throw new AccessDeniedException("Only teachers keep a library of readings");
        }
        return me;
    }
}
