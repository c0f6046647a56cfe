package app.colloquy.platform;

/** A refusal that tells the person why, in words to be put in their language. */
public interface Explained {

    Message message();
}
