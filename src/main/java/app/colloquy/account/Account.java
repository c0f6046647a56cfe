package app.colloquy.account;

/**
 * A person who signs in. Their role in a class comes from enrolment; {@code teacher} says the
 * account may create classes and readings, {@code admin} that it manages the instance.
 */
public record Account(long id, String loginName, String displayName, boolean admin, boolean teacher) {}
