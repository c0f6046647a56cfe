/**
 * Views of this feature (package-private) and, public, the pieces other features' screens use:
 * the reading pane and links to lessons, which the lesson and review screens show. Those public types are the feature's "ui" interface.
 */
@NamedInterface("ui")
@NullMarked
package app.colloquy.reading.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
