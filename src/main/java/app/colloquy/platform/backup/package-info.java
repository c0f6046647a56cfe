/** Null-checked: a value that may be null says so with @Nullable. */
@NullMarked
package app.colloquy.platform.backup;

import org.jspecify.annotations.NullMarked;
