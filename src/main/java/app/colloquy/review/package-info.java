/** Null-checked: a value that may be null says so with @Nullable. */
@NullMarked
package app.colloquy.review;

import org.jspecify.annotations.NullMarked;
