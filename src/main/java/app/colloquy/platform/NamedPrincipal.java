package app.colloquy.platform;

/**
 * A signed-in person as the app's frame shows them. The account feature's principal implements it,
 * so the frame needs no knowledge of accounts (platform depends on no feature).
 */
public interface NamedPrincipal {

    String displayName();
}
