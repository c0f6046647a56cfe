package app.colloquy.discussion;

/**
 * Who may do what with an item of a class's discussion (a note, a reply, an answer, a reply to an
 * answer) that they can see, in one place: the services check these before they act, and the
 * records the screens get carry their answers, so a screen offers exactly what the service allows.
 * Each assumes the person may write in the class (a current member, the class not archived).
 */
public final class Permissions {

    private Permissions() {}

    /** Students flag a classmate's item for their teachers; teachers hide it instead. */
    public static boolean mayFlag(boolean viewerIsTeacher, boolean mine, boolean deleted, boolean hidden) {
        return !viewerIsTeacher && !mine && !deleted && !hidden;
    }

    /** The class's teachers hide an item from classmates, or show it again. */
    public static boolean mayModerate(boolean viewerIsTeacher, boolean deleted) {
        return viewerIsTeacher && !deleted;
    }

    /** "Helpful" goes on someone else's item. */
    public static boolean mayMarkHelpful(boolean mine, boolean deleted) {
        return !mine && !deleted;
    }

    /** Authors edit and delete their own notes. */
    public static boolean mayChange(boolean mine, boolean deleted) {
        return mine && !deleted;
    }

    /** A thread takes replies while it is shown: its root is there, or was deleted but has replies. */
    public static boolean mayReply(boolean deleted, boolean threadHasReplies) {
        return !deleted || threadHasReplies;
    }
}
