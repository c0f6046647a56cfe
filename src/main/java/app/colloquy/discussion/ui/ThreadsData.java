package app.colloquy.discussion.ui;

import static app.colloquy.platform.ui.Translate.tr;

import app.colloquy.discussion.Discussion;
import app.colloquy.discussion.Note;
import app.colloquy.discussion.NoteThread;
import app.colloquy.discussion.Tag;
import app.colloquy.discussion.ThreadChanges;
import app.colloquy.discussion.Visibility;
import app.colloquy.platform.ui.DateTimes;
import app.colloquy.reading.ui.ReadingPane;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the thread list and the reading pane receive for a discussion: plain data, user text as
 * text. Tags are told apart by a symbol and an underline style as well as by colour.
 */
final class ThreadsData {

    private static final String[] SYMBOLS = {"?", "!", "§", "↔", "~", "*"};
    private static final String UNTAGGED_SYMBOL = "✎";

    record NoteData(
            long id,
            String author,
            boolean teacher,
            boolean mine,
            String when,
            boolean edited,
            boolean deleted,
            @Nullable String body,
            int helpful,
            boolean helpfulByMe,
            boolean canReply,
            boolean canReact,
            boolean canChange,
            boolean hidden,
            @Nullable String hiddenReason,
            boolean canFlag,
            boolean canModerate) {}

    /** A thread; {@code start} and {@code end} place it in text order (none for an orphan). */
    record ThreadData(
            NoteData note,
            String quote,
            @Nullable String tag,
            String symbol,
            int style,
            @Nullable String visibility,
            List<NoteData> replies,
            @Nullable Integer start,
            @Nullable Integer end,
            boolean orphaned) {}

    /** Threads to redraw in place, by their root's id, and roots of threads to take away. */
    record Changes(List<ThreadData> changed, Set<Long> removed) {}

    record Data(List<ThreadData> threads, List<ThreadData> orphans, boolean canWrite, boolean teacher) {}

    private ThreadsData() {}

    static Data of(Discussion discussion) {
        boolean teacher = discussion.viewerIsTeacher();
        return new Data(
                threads(discussion.threads(), discussion.tags()),
                threads(discussion.orphans(), discussion.tags()),
                discussion.canWrite(),
                teacher);
    }

    static Changes of(ThreadChanges changes, List<Tag> tags) {
        return new Changes(threads(changes.changed(), tags), changes.removed());
    }

    static List<ReadingPane.Highlight> highlights(Discussion discussion) {
        return highlights(discussion.threads(), discussion.tags());
    }

    /** The highlights of the threads that are placed in the text (not orphans). */
    static List<ReadingPane.Highlight> highlights(List<NoteThread> threads, List<Tag> tags) {
        return threads.stream()
                .filter(t -> !t.root().orphaned())
                .map(t -> {
                    Note root = t.root();
                    int style = style(root.tag(), tags);
                    return new ReadingPane.Highlight(
                            root.id(),
                            Objects.requireNonNull(root.start()),
                            Objects.requireNonNull(root.end()),
                            label(t),
                            symbol(style),
                            style);
                })
                .toList();
    }

    private static List<ThreadData> threads(List<NoteThread> threads, List<Tag> tags) {
        return threads.stream()
                .map(t -> {
                    int style = style(t.root().tag(), tags);
                    Visibility visibility = t.root().visibility();
                    return new ThreadData(
                            note(t.root()),
                            t.root().quote(),
                            t.root().tag(),
                            symbol(style),
                            style,
                            visibility == Visibility.CLASS ? null : tr(visibility),
                            t.replies().stream().map(ThreadsData::note).toList(),
                            t.root().start(),
                            t.root().end(),
                            t.root().orphaned());
                })
                .toList();
    }

    /** What may be done with the note is what the service decided (Note.Actions): shown, never recomputed. */
    private static NoteData note(Note note) {
        Note.Actions may = note.actions();
        return new NoteData(
                note.id(),
                note.authorName(),
                note.authorIsTeacher(),
                note.mine(),
                DateTimes.format(note.createdAt()),
                note.edited(),
                note.deleted(),
                note.body(),
                note.helpfulCount(),
                note.helpfulByMe(),
                may.reply(),
                may.markHelpful(),
                may.change(),
                note.hidden(),
                note.hiddenReason(),
                may.flag(),
                may.moderate());
    }

    /** What a screen reader says for a highlight's marker. */
    static String label(NoteThread thread) {
        Note root = thread.root();
        String what = root.tag() == null ? tr("threadsData.note") : root.tag();
        String by = root.deleted() ? tr("threadsData.deletedNote") : tr("threadsData.by", what, root.authorName());
        int replies = thread.replies().size();
        return by + (replies == 0 ? "" : replies == 1 ? tr("threadsData.1Reply") : tr("threadsData.replies", replies));
    }

    /** 0 for untagged notes, else 1 + the tag's place in the vocabulary (styles repeat after six). */
    private static int style(@Nullable String tag, List<Tag> tags) {
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).name().equals(tag)) {
                return 1 + i % SYMBOLS.length;
            }
        }
        return 0;
    }

    private static String symbol(int style) {
        return style == 0 ? UNTAGGED_SYMBOL : SYMBOLS[style - 1];
    }
}
