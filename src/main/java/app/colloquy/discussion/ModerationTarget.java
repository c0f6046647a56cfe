package app.colloquy.discussion;

/** What a flag or a teacher's act is about: a note or reply in the discussion, an answer, or a reply to an answer. */
public record ModerationTarget(Kind kind, long id) {

    public enum Kind {
        NOTE,
        ANSWER,
        ANSWER_REPLY;
    }

    public static ModerationTarget note(long id) {
        return new ModerationTarget(Kind.NOTE, id);
    }

    public static ModerationTarget answer(long id) {
        return new ModerationTarget(Kind.ANSWER, id);
    }

    public static ModerationTarget answerReply(long id) {
        return new ModerationTarget(Kind.ANSWER_REPLY, id);
    }
}
