/** Cross-cutting plumbing every feature uses: an open module. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package app.colloquy.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
