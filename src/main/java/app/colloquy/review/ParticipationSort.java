package app.colloquy.review;

/** The columns the participation table sorts by, each with its SQL expression (never user text in SQL). */
public enum ParticipationSort {
    NAME("lower(s.display_name)"),
    ANNOTATIONS("annotations"),
    REPLIES("replies"),
    HELPFUL_GIVEN("helpful_given"),
    HELPFUL_RECEIVED("helpful_received"),
    ANSWERED("answered_on_time + answered_late"),
    LATE("answered_late"),
    SCORE("score"),
    LAST_ACTIVE("last_active");

    final String expression;

    ParticipationSort(String expression) {
        this.expression = expression;
    }
}
