/** Cross-cutting plumbing every feature uses: an open module. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package app.colloquy.platform;

import org.springframework.modulith.ApplicationModule;
