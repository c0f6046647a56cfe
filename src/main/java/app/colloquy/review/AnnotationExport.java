package app.colloquy.review;

import app.colloquy.reading.LessonText;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A lesson's annotations in one class as a W3C Web Annotation AnnotationCollection: one JSON-LD
 * document whose {@code @graph} holds the collection and its AnnotationPages, written while the
 * rows are read. Replies are annotations that target their parent, with motivation "replying".
 * Positions are counted in code points, as the model requires (the app stores UTF-16 offsets).
 */
@Component
class AnnotationExport {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final int PAGE_SIZE = 200;
    private static final JsonFactory JSON = new JsonFactory();

    void write(long classId, LessonText lesson, String baseIri, ReviewRepository review, OutputStream out) {
        String source = baseIri + "/classes/" + classId + "/lessons/" + lesson.lessonId();
        String collection = source + "/annotations";
        int total = review.countNotes(classId, lesson.lessonId());
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int[] codePoints = codePointIndex(lesson.body());
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("@context", CONTEXT);
            json.writeArrayPropertyStart("@graph");
            json.writeStartObject();
            json.writeStringProperty("id", collection);
            json.writeStringProperty("type", "AnnotationCollection");
            json.writeStringProperty("label", "Annotations on lesson " + lesson.lessonId() + " in class " + classId);
            json.writeNumberProperty("total", total);
            json.writeStringProperty("first", page(collection, 0));
            json.writeStringProperty("last", page(collection, pages - 1));
            json.writeEndObject();
            int[] written = {0};
            review.streamNotes(classId, lesson.lessonId(), note -> {
                if (written[0] % PAGE_SIZE == 0) {
                    if (written[0] > 0) {
                        endPage(json);
                    }
                    startPage(json, collection, written[0] / PAGE_SIZE, pages);
                }
                annotation(json, note, collection, source, baseIri, codePoints);
                written[0]++;
            });
            if (written[0] == 0) {
                startPage(json, collection, 0, 1);
            }
            endPage(json);
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void startPage(JsonGenerator json, String collection, int index, int pages) {
        json.writeStartObject();
        json.writeStringProperty("id", page(collection, index));
        json.writeStringProperty("type", "AnnotationPage");
        json.writeStringProperty("partOf", collection);
        json.writeNumberProperty("startIndex", index * PAGE_SIZE);
        if (index > 0) {
            json.writeStringProperty("prev", page(collection, index - 1));
        }
        if (index < pages - 1) {
            json.writeStringProperty("next", page(collection, index + 1));
        }
        json.writeArrayPropertyStart("items");
    }

    private static void endPage(JsonGenerator json) {
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void annotation(
            JsonGenerator json,
            ReviewRepository.NoteRow note,
            String collection,
            String source,
            String baseIri,
            int[] codePoints) {
        boolean reply = note.parentId() != null;
        String purpose = reply ? "replying" : purpose(note.tagName());
        json.writeStartObject();
        json.writeStringProperty("id", collection + "/" + note.id());
        json.writeStringProperty("type", "Annotation");
        json.writeStringProperty("motivation", note.body().isEmpty() ? "highlighting" : purpose);
        json.writeStringProperty("created", note.createdAt().toString());
        json.writeStringProperty("modified", (note.editedAt() != null ? note.editedAt() : note.createdAt()).toString());
        json.writeObjectPropertyStart("creator");
        json.writeStringProperty("id", baseIri + "/people/" + note.authorId());
        json.writeStringProperty("type", "Person");
        json.writeStringProperty("name", note.authorName());
        json.writeEndObject();
        json.writeArrayPropertyStart("body");
        if (!note.body().isEmpty()) {
            textualBody(json, note.body(), purpose);
        }
        if (note.tagName() != null) {
            textualBody(json, note.tagName(), "tagging");
        }
        json.writeEndArray();
        if (reply) {
            json.writeStringProperty("target", collection + "/" + note.parentId());
        } else {
            target(json, note, source, codePoints);
        }
        json.writeEndObject();
    }

    private static void textualBody(JsonGenerator json, String value, String purpose) {
        json.writeStartObject();
        json.writeStringProperty("type", "TextualBody");
        json.writeStringProperty("value", value);
        json.writeStringProperty("format", "text/plain");
        json.writeStringProperty("purpose", purpose);
        json.writeEndObject();
    }

    private static void target(JsonGenerator json, ReviewRepository.NoteRow note, String source, int[] codePoints) {
        json.writeObjectPropertyStart("target");
        json.writeStringProperty("source", source);
        json.writeArrayPropertyStart("selector");
        json.writeStartObject();
        json.writeStringProperty("type", "TextQuoteSelector");
        json.writeStringProperty("exact", note.quote());
        json.writeStringProperty("prefix", note.prefix() == null ? "" : note.prefix());
        json.writeStringProperty("suffix", note.suffix() == null ? "" : note.suffix());
        json.writeEndObject();
        // An orphaned note has no place in the current text: its quote is all there is.
        if (!note.orphaned() && note.start() != null && note.end() < codePoints.length) {
            json.writeStartObject();
            json.writeStringProperty("type", "TextPositionSelector");
            json.writeNumberProperty("start", codePoints[note.start()]);
            json.writeNumberProperty("end", codePoints[note.end()]);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** For each UTF-16 offset (0 to length), the number of code points before it. */
    static int[] codePointIndex(String text) {
        int[] index = new int[text.length() + 1];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            index[i] = count;
            if (!Character.isLowSurrogate(text.charAt(i)) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                count++;
            }
        }
        index[text.length()] = count;
        return index;
    }

    /** The W3C motivation a class's tag stands for; untagged notes comment. */
    static String purpose(String tagName) {
        if (tagName == null) {
            return "commenting";
        }
        return switch (tagName.toLowerCase(Locale.ROOT)) {
            case "question", "confusing" -> "questioning";
            case "claim" -> "assessing";
            case "evidence" -> "describing";
            case "connection" -> "linking";
            default -> "commenting";
        };
    }

    private static String page(String collection, int index) {
        return collection + "?page=" + index;
    }
}
