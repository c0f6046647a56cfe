package app.colloquy.reading;

import java.util.List;

/**
 * An article as the splitter proposes it: its title (empty when the first line does not read as
 * one), the introduction before the first heading, and one section per top-level heading. An
 * article without headings has no sections: all of its text is in {@code introduction}.
 */
public record SplitReading(String title, String introduction, List<Section> sections) {

    public record Section(String heading, String body) {}

    /** The lessons to propose: one per section, or one lesson with all the text when there are none. */
    public List<Section> proposedLessons() {
        if (!sections.isEmpty()) {
            return sections;
        }
        return List.of(new Section(title.isBlank() ? "Lesson 1" : title, introduction));
    }

    /** Text before the first heading, when there are headings; otherwise the text is the lesson. */
    public String overview() {
        return sections.isEmpty() ? "" : introduction;
    }
}
