package app.colloquy.discussion;

/** Who may read an annotation and its replies. */
public enum Visibility {
    CLASS("Class"),
    PRIVATE("Only me"),
    TEACHERS("Teachers only");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
