/**
 * Views of this feature (package-private) and, public, the pieces other features' screens use:
 * the class page other features add sections to, and links to classes. Those public types are the feature's "ui" interface.
 */
@NamedInterface("ui")
@NullMarked
package app.colloquy.classroom.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
