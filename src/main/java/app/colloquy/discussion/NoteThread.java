package app.colloquy.discussion;

import java.util.List;

/** An annotation and its replies, oldest reply first. */
public record NoteThread(Note root, List<Note> replies) {}
