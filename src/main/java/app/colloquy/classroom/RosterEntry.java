package app.colloquy.classroom;

import java.time.Instant;

/** A student on a teacher's roster; former members stay listed so their work is accounted for. */
public record RosterEntry(
        long accountId,
        String displayName,
        String loginName,
        Instant joinedAt,
        Instant lastActiveAt,
        Instant removedAt) {

    public boolean formerMember() {
        return removedAt != null;
    }
}
