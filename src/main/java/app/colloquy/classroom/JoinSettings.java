package app.colloquy.classroom;

/** How students join a class: its code and whether joining is on. Teachers only. */
public record JoinSettings(long classroomId, String joinCode, boolean joiningEnabled, boolean archived) {}
