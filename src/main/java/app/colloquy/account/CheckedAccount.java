package app.colloquy.account;

/**
 * A new account whose fields passed the rules and whose password is already hashed: made by
 * {@link AccountService#checkNewStudent} outside any transaction, because hashing is slow on
 * purpose and needs no database connection. Only this package can make one.
 */
public final class CheckedAccount {

    private final NewAccount account;
    private final String passwordHash;

    CheckedAccount(NewAccount account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
    }

    NewAccount account() {
        return account;
    }

    String passwordHash() {
        return passwordHash;
    }

    @Override
    public String toString() {
        return "CheckedAccount[" + account.loginName() + "]";
    }
}
