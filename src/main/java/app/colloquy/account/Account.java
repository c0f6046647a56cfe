package app.colloquy.account;

/** A person who signs in. Their role in a class comes from enrolment, not from the account. */
public record Account(long id, String loginName, String displayName, boolean admin) {
}
