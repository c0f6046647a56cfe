package app.colloquy.account;

/** What a person types to get an account; the password is plain text and only ever hashed. */
public record NewAccount(String loginName, String displayName, String password) {

    @Override
    public String toString() {
        return "NewAccount[" + loginName + "]";
    }
}
