package app.colloquy.lti;

/**
 * A checked launch: the ticket the person continues with in a tab of their own (a platform's frame
 * may not keep our cookies), and where Colloquy opens.
 */
public record LtiLaunch(String ticket, String targetPath) {}
