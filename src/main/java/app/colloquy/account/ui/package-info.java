/**
 * Views of this feature (package-private) and, public, the pieces other features' screens use:
 * the account form and sign-in, reused where a student joins a class. Those public types are the feature's "ui" interface.
 */
@NamedInterface("ui")
@NullMarked
package app.colloquy.account.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
