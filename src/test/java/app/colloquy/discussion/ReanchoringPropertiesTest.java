package app.colloquy.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over many random texts and edits (seeded; a failure names its seed): edits that
 * leave the quote and its context untouched always re-anchor to the same words, and no result
 * ever lies outside the text or splits a surrogate pair.
 */
class ReanchoringPropertiesTest {

    private static final int SEEDS = 400;
    private static final String[] WORDS = {
        "river",
        "sea",
        "rain",
        "the",
        "and",
        "cloud",
        "café",
        "naïve",
        "👋🏽",
        "e\u0301t\u00e9",
        "שלום",
        "mountain",
        "flows",
        "back",
        ".",
        ",",
        "\n\n",
        "\r\n"
    };

    @Test
    void editsAwayFromTheQuoteAndItsContextNeverMoveItToOtherWords() {
        for (int seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(seed);
            String text = randomText(random, 40 + random.nextInt(200));
            int start = TextBoundaries.snapStart(text, random.nextInt(text.length() - 1));
            int end = TextBoundaries.snapEnd(text, Math.min(text.length(), start + 1 + random.nextInt(30)));
            TextAnchor anchor = TextAnchor.of(text, start, end);
            int protectFrom = start - anchor.prefix().length();
            int protectTo = end + anchor.suffix().length();
            String edited = editOutside(random, text, protectFrom, protectTo);
            int shift = edited.indexOf(text.substring(protectFrom, protectTo));
            Optional<TextAnchor> placed = new Reanchoring(text, edited).relocate(anchor);
            assertThat(placed).as("seed %d", seed).isPresent();
            assertThat(placed.get().exact()).as("seed %d", seed).isEqualTo(anchor.exact());
            assertThat(edited.substring(placed.get().start(), placed.get().end()))
                    .as("seed %d", seed)
                    .isEqualTo(anchor.exact());
            assertThat(shift).as("seed %d: the protected span survives", seed).isNotNegative();
        }
    }

    @Test
    void anyEditYieldsARangeInsideTheTextOnCharacterBoundariesOrAnOrphan() {
        for (int seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(seed);
            String text = randomText(random, 20 + random.nextInt(150));
            int start = TextBoundaries.snapStart(text, random.nextInt(text.length() - 1));
            int end = TextBoundaries.snapEnd(text, Math.min(text.length(), start + 1 + random.nextInt(40)));
            TextAnchor anchor = TextAnchor.of(text, start, end);
            String edited = editAnywhere(random, text);
            Optional<TextAnchor> placed = new Reanchoring(text, edited).relocate(anchor);
            placed.ifPresent(p -> {
                assertThat(p.start()).as("seed").isBetween(0, edited.length());
                assertThat(p.end()).isBetween(p.start() + 1, edited.length());
                assertThat(TextBoundaries.snapStart(edited, p.start()))
                        .as("start on a boundary")
                        .isEqualTo(p.start());
                assertThat(TextBoundaries.snapEnd(edited, p.end()))
                        .as("end on a boundary")
                        .isEqualTo(p.end());
                assertThat(edited.substring(p.start(), p.end())).isEqualTo(p.exact());
            });
        }
    }

    private static String randomText(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        }
        return text.toString();
    }

    /** A few random insertions and deletions, none touching {@code [from, to)}. */
    private static String editOutside(Random random, String text, int from, int to) {
        String before = text.substring(0, from);
        String kept = text.substring(from, to);
        String after = text.substring(to);
        for (int i = random.nextInt(4); i >= 0; i--) {
            if (random.nextBoolean()) {
                before = edit(random, before);
            } else {
                after = edit(random, after);
            }
        }
        return before + kept + after;
    }

    private static String editAnywhere(Random random, String text) {
        String edited = text;
        for (int i = random.nextInt(5); i >= 0; i--) {
            edited = edit(random, edited);
        }
        return edited;
    }

    /** Inserts random words somewhere or deletes a random stretch, in UTF-16 units (may split pairs). */
    private static String edit(Random random, String text) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        if (random.nextBoolean() || text.isEmpty()) {
            return text.substring(0, at) + randomText(random, 1 + random.nextInt(6)) + text.substring(at);
        }
        int to = Math.min(text.length(), at + 1 + random.nextInt(20));
        return text.substring(0, at) + text.substring(to);
    }
}
