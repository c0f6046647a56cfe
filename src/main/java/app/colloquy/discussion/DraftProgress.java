package app.colloquy.discussion;

/**
 * How a class's answers to a prompt stand while students type, for its teachers: how many have a
 * draft and have never submitted ("drafting"), and how many saved a draft in the last
 * {@link AnswerService#WRITING_NOW} without submitting it since ("writing now").
 */
public record DraftProgress(int drafting, int writingNow) {}
