/** Null-checked: a value that may be null says so with @Nullable. */
@NullMarked
package app.colloquy.review.ui;

import org.jspecify.annotations.NullMarked;
