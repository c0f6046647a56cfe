package app.colloquy.classroom;

/** An invitation to co-teach a class, as the invited teacher sees it. */
public record CoTeacherInvitation(long classroomId, String classroomName, String invitedBy) {}
