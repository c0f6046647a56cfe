package app.colloquy.classroom;

/** A member of a class as a screen they have open needs them: role, the names they see, whether the class is archived. */
public record ClassMember(ClassRole role, ClassNames names, boolean classArchived) {}
