package app.colloquy.classroom;

import app.colloquy.account.Account;

/** Where a join led, and who joined (a new account when the student signed up while joining). */
public record JoinResult(long classroomId, String className, Account account) {}
