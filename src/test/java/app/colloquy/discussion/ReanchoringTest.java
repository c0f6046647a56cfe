package app.colloquy.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Re-anchoring across one edit of a lesson's text: moved, fuzzily found, or honestly orphaned. */
class ReanchoringTest {

    private static final String TEXT = """
            The committee met in March. The committee decided to delay the vote.

            Critics said the delay was a mistake. Supporters said the delay was wise.""";

    @Test
    void insertionsBeforeTheQuoteMoveIt() {
        assertThat(moved(TEXT, "decided to delay", "Yesterday, in a long meeting, " + TEXT))
                .contains("decided to delay");
    }

    @Test
    void deletionsBeforeAndEditsAfterTheQuoteMoveIt() {
        String edited = TEXT.replace("The committee met in March. ", "").replace("was wise", "was sensible");
        assertThat(moved(TEXT, "decided to delay", edited)).contains("decided to delay");
    }

    @Test
    void aTypoFixedInsideTheQuoteKeepsTheAnchorOnTheCorrectedWords() {
        String typo = TEXT.replace("decided", "decdied");
        assertThat(moved(typo, "committee decdied to delay the vote", TEXT))
                .contains("committee decided to delay the vote");
    }

    @Test
    void aSmallInsertionInsideTheQuoteWidensIt() {
        String edited = TEXT.replace("delay the vote", "delay the final vote");
        assertThat(moved(TEXT, "decided to delay the vote", edited)).contains("decided to delay the final vote");
    }

    @Test
    void repeatedPhrasesAreToldApartByContextAndPosition() {
        int second = TEXT.indexOf("said the delay was", TEXT.indexOf("said the delay was") + 1);
        TextAnchor anchor = TextAnchor.of(TEXT, second, second + "said the delay was".length());
        String edited = "Note. " + TEXT;
        TextAnchor placed = new Reanchoring(TEXT, edited).relocate(anchor).orElseThrow();
        assertThat(placed.start()).isEqualTo(second + "Note. ".length());
        assertThat(edited.substring(placed.start(), placed.end() + " wise".length()))
                .endsWith("was wise");
    }

    @Test
    void aRepeatedPhraseWhoseOwnSentenceWasRemovedFindsTheRightTwinByContext() {
        int second = TEXT.lastIndexOf("the delay");
        TextAnchor anchor = TextAnchor.of(TEXT, second, second + "the delay".length());
        // The second sentence is moved in front of the first; only context tells the twins apart.
        String edited = "Supporters said the delay was wise. Critics said the delay was a mistake.\n\n"
                + "The committee met in March. The committee decided to delay the vote.";
        TextAnchor placed = new Reanchoring(TEXT, edited).relocate(anchor).orElseThrow();
        assertThat(edited.substring(0, placed.end())).isEqualTo("Supporters said the delay");
    }

    @Test
    void quotesAtTheVeryStartAndEndOfTheTextStayPut() {
        assertThat(moved(TEXT, "The committee met", TEXT + "\n\nA new closing line."))
                .contains("The committee met");
        String end = "the delay was wise.";
        TextAnchor anchor = TextAnchor.of(TEXT, TEXT.length() - end.length(), TEXT.length());
        assertThat(anchor.suffix()).isEmpty();
        String edited = "Opening.\n\n" + TEXT;
        TextAnchor placed = new Reanchoring(TEXT, edited).relocate(anchor).orElseThrow();
        assertThat(placed.end()).isEqualTo(edited.length());
    }

    @Test
    void unicodeTextKeepsItsAnchors() {
        String text = "Café au lait. Ein Mädchen 👩🏽‍🏫 las «Ça ira». שלום עולם. e\u0301te\u0301.";
        String edited = "Préface. " + text.replace("Ein", "Das");
        assertThat(moved(text, "👩🏽‍🏫 las", edited)).contains("👩🏽‍🏫 las");
        assertThat(moved(text, "שלום עולם", edited)).contains("שלום עולם");
        assertThat(moved(text, "e\u0301te\u0301", edited)).contains("e\u0301te\u0301");
    }

    @Test
    void crlfTextKeepsItsAnchors() {
        String text = TEXT.replace("\n", "\r\n");
        assertThat(moved(text, "Critics said", "Intro.\r\n\r\n" + text)).contains("Critics said");
    }

    @Test
    void aQuoteWhoseParagraphWasRemovedBecomesAnOrphan() {
        String edited = "The committee met in March. The committee decided to delay the vote.";
        assertThat(moved(TEXT, "Critics said the delay was a mistake", edited)).isEmpty();
    }

    @Test
    void aShortQuoteIsNeverAttachedToTheSameWordElsewhere() {
        String text = "Apples are red. Bananas are yellow. Cherries are red too.";
        int at = text.indexOf("yellow");
        TextAnchor anchor = TextAnchor.of(text, at - 4, at); // "are "
        String edited = "Apples are red. Cherries are red too.";
        Optional<TextAnchor> placed = new Reanchoring(text, edited).relocate(TextAnchor.of(text, at - 4, at - 1));
        assertThat(placed).isEmpty();
        assertThat(anchor.exact()).isEqualTo("are ");
    }

    @Test
    void aQuoteRewrittenBeyondRecognitionBecomesAnOrphan() {
        String edited = TEXT.replace("The committee decided to delay the vote.", "Everyone went home early that day.");
        assertThat(moved(TEXT, "The committee decided to delay the vote.", edited))
                .isEmpty();
    }

    private static Optional<String> moved(String oldText, String quote, String newText) {
        int start = oldText.indexOf(quote);
        assertThat(start).as("quote in the old text").isNotNegative();
        return new Reanchoring(oldText, newText)
                .relocate(TextAnchor.of(oldText, start, start + quote.length()))
                .map(anchor -> {
                    assertThat(newText.substring(anchor.start(), anchor.end())).isEqualTo(anchor.exact());
                    return anchor.exact();
                });
    }
}
