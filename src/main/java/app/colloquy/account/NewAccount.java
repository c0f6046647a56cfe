package app.colloquy.account;

/** What is needed to create an account; the password is plain text and only ever hashed. */
public record NewAccount(String loginName, String displayName, String password, boolean admin) {
}
