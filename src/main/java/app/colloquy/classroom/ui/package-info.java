/**
 * Views of this feature (package-private) and, public, the pieces other features' screens use:
 * the class page other features add sections to, and links to classes. Those public types are the feature's "ui" interface.
 */
@NamedInterface("ui")
package app.colloquy.classroom.ui;

import org.springframework.modulith.NamedInterface;
