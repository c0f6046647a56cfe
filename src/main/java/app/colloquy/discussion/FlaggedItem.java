package app.colloquy.discussion;

import java.time.Instant;
import java.util.List;

/** An item students flagged that no teacher has acted on yet, with every open flag's reason. */
public record FlaggedItem(
        ModerationTarget target,
        long lessonId,
        String authorName,
        String excerpt,
        boolean hidden,
        List<String> reasons,
        Instant lastFlaggedAt) {}
