/** Null-checked: a value that may be null says so with @Nullable. */
@NullMarked
package app.colloquy.lti.ui;

import org.jspecify.annotations.NullMarked;
