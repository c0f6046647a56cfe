/** Null-checked: a value that may be null says so with @Nullable. */
@NullMarked
package app.colloquy.demo;

import org.jspecify.annotations.NullMarked;
