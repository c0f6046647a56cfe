package app.colloquy.platform.live;

/**
 * Smaller read and write buffers for each open push websocket. Tomcat gives every websocket 8 kB
 * buffers sized once from a system property; with one open tab per student and pushes of about
 * 1.3 kB, 2 kB buffers cut the heap of a push connection from 134 to 97 kB (docs/performance.md,
 * "Live updates"). Larger pushes still go out whole, in several writes.
 */
public final class PushConnectionMemory {

    private static final String TOMCAT_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    private PushConnectionMemory() {}

    /** Called before the server starts (Application loads it); a value given on the command line wins. */
    public static void configureBeforeStart() {
        if (System.getProperty(TOMCAT_BUFFER_SIZE) == null) {
            System.setProperty(TOMCAT_BUFFER_SIZE, "2048");
        }
    }
}
