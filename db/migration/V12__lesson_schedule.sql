-- Lessons of one assignment may open and fall due at different times ("one lesson a week"). A lesson
-- without a row here opens and is due with its assignment, as every lesson did before; the
-- assignment's own times span the schedule (first opening, last due time).
create table lesson_schedule (
    assignment_id bigint      not null references assignment (id) on delete cascade,
    lesson_id     bigint      not null references lesson (id) on delete cascade,
    opens_at      timestamptz not null,
    due_at        timestamptz,
    primary key (assignment_id, lesson_id)
);
create index lesson_schedule_lesson_idx on lesson_schedule (lesson_id);
