package app.colloquy.reading;

import java.util.List;

/**
 * An article as the splitter proposes it: its title (empty when the first line does not read as
 * one), the introduction before the first heading, and one section per heading.
 */
public record SplitReading(String title, String introduction, List<Section> sections) {

    public record Section(String heading, String body) {
    }
}
