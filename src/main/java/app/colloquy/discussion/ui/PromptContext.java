package app.colloquy.discussion.ui;

import app.colloquy.discussion.AnswerService;
import app.colloquy.discussion.FeedbackService;
import app.colloquy.discussion.ModerationService;

/**
 * What the prompt blocks of a lesson page share: the services, the lesson screen around them, whose
 * page it is and where, and how to redraw after a change.
 */
record PromptContext(
        AnswerService answers,
        FeedbackService feedback,
        ModerationService moderation,
        PromptAnswersSection.Host host,
        long classId,
        long lessonId,
        long viewerId,
        boolean teacher,
        Runnable refresh) {

    /** The services a lesson's prompts use. */
    record Services(AnswerService answers, FeedbackService feedback, ModerationService moderation) {}
}
