package app.colloquy.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lessons a teacher is shaping before import: rename, merge with the next or a range, group
 * into lessons of about so many minutes of reading, split at a paragraph or at every subheading,
 * drop. Merging and splitting never lose, duplicate or reorder text; dropping removes
 * a lesson's text deliberately.
 */
public final class ProposedLessons {

    private static final String PARAGRAPH_BREAK = "\n\n";
    private final List<SplitReading.Section> lessons;

    public ProposedLessons(List<SplitReading.Section> lessons) {
        this.lessons = new ArrayList<>(lessons);
    }

    public List<SplitReading.Section> lessons() {
        return List.copyOf(lessons);
    }

    public int size() {
        return lessons.size();
    }

    public void rename(int index, String title) {
        lessons.set(index, new SplitReading.Section(title, lessons.get(index).body()));
    }

    /** Joins lesson {@code index} and the one after it; the first one's title stays, the second's heading becomes a paragraph. */
    public void mergeWithNext(int index) {
        SplitReading.Section first = lessons.get(index);
        SplitReading.Section second = lessons.remove(index + 1);
        String body = String.join(PARAGRAPH_BREAK, nonBlank(first.body(), second.heading(), second.body()));
        lessons.set(index, new SplitReading.Section(first.heading(), body));
    }

    /** Joins lessons {@code index} to {@code last} into one, in order, under the first one's title. */
    public void mergeThrough(int index, int last) {
        if (last <= index || last >= lessons.size()) {
            throw new IndexOutOfBoundsException("no lessons " + index + " to " + last + " of " + lessons.size());
        }
        for (int i = index; i < last; i++) {
            mergeWithNext(index);
        }
    }

    /**
     * Joins neighbouring lessons so that each takes about {@code minutes} to read: a lesson takes
     * in the next one while that brings it closer to the target; then a lesson left shorter than
     * half the target (a closing note, a short section before a long one) joins the one before it.
     * Lessons are never split, so one already longer than the target stays as it is; titles are
     * the first merged lesson's.
     */
    public void groupByMinutes(int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("A lesson takes at least a minute to read");
        }
        int target = minutes * ReadingTime.WORDS_PER_MINUTE;
        for (int index = 0; index < lessons.size(); index++) {
            int length = words(index);
            int last = index;
            while (last + 1 < lessons.size()
                    && Math.abs(length + words(last + 1) - target) <= Math.abs(length - target)) {
                length += words(++last);
            }
            if (last > index) {
                mergeThrough(index, last);
            }
        }
        for (int index = lessons.size() - 1; index >= 0 && lessons.size() > 1; index--) {
            if (words(index) < target / 2) {
                mergeWithNext(Math.max(0, index - 1));
            }
        }
    }

    private int words(int index) {
        return ReadingTime.words(lessons.get(index).body());
    }

    /**
     * Splits every lesson at its subheadings of the highest level it has (a lesson with "##" and
     * "###" splits at the "##" ones), each part titled with its subheading; text before the first
     * subheading stays under the lesson's title. Returns how many lessons were added.
     */
    public int splitAtSubheadings() {
        int added = 0;
        for (int index = lessons.size() - 1; index >= 0; index--) {
            String body = lessons.get(index).body();
            List<LessonParagraph> paragraphs = LessonParagraph.of(body);
            int level = paragraphs.stream()
                    .mapToInt(LessonParagraph::headingLevel)
                    .filter(l -> l > 0)
                    .min()
                    .orElse(0);
            for (int at = paragraphs.size() - 2; level > 0 && at >= 1; at--) {
                int next = paragraphs.get(at + 1).headingLevel();
                // A subheading with nothing under it before the next one stays where it is.
                if (paragraphs.get(at).headingLevel() == level && (next == 0 || next > level)) {
                    splitBefore(index, at, paragraphs.get(at).text(body));
                    dropFirstParagraph(index + 1);
                    added++;
                }
            }
        }
        return added;
    }

    /** The new lesson's title now carries its subheading: the heading paragraph itself goes. */
    private void dropFirstParagraph(int index) {
        List<String> paragraphs = paragraphs(index);
        SplitReading.Section lesson = lessons.get(index);
        lessons.set(
                index,
                new SplitReading.Section(
                        lesson.heading(), String.join(PARAGRAPH_BREAK, paragraphs.subList(1, paragraphs.size()))));
    }

    /** Splits lesson {@code index} before its paragraph {@code paragraph} (1-based count of paragraphs kept). */
    public void splitBefore(int index, int paragraph, String newTitle) {
        List<String> paragraphs = paragraphs(index);
        if (paragraph <= 0 || paragraph >= paragraphs.size()) {
            throw new IllegalArgumentException("Split inside the lesson, between two paragraphs");
        }
        SplitReading.Section lesson = lessons.get(index);
        lessons.set(
                index,
                new SplitReading.Section(
                        lesson.heading(), String.join(PARAGRAPH_BREAK, paragraphs.subList(0, paragraph))));
        lessons.add(
                index + 1,
                new SplitReading.Section(
                        newTitle, String.join(PARAGRAPH_BREAK, paragraphs.subList(paragraph, paragraphs.size()))));
    }

    public void remove(int index) {
        lessons.remove(index);
    }

    public List<String> paragraphs(int index) {
        return LessonParagraph.texts(lessons.get(index).body());
    }

    private static List<String> nonBlank(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }
}
