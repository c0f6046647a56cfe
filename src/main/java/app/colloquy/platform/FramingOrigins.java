package app.colloquy.platform;

import java.util.List;

/**
 * Sites allowed to show Colloquy's pages in a frame (a learning platform showing the tool inside a
 * course), as origins like {@code https://lms.school.example}; every other site may not frame them.
 */
public interface FramingOrigins {

    List<String> origins();
}
