package app.colloquy.classroom;

import java.util.List;

/** What a join code opens, shown before a new student creates an account: the class and its teachers. */
public record JoinPreview(String className, List<String> teacherNames) {}
