-- A reading is assigned to a class at most once; teachers change that assignment instead of
-- assigning again. Earlier duplicates (teachers re-assigned to fix a date) keep the newest one,
-- which is the one the teacher meant; students' work is keyed by class and lesson, so none is lost.
delete from assignment a
using assignment newer
where newer.classroom_id = a.classroom_id and newer.reading_id = a.reading_id
  and (newer.created_at, newer.id) > (a.created_at, a.id);

create unique index assignment_class_reading_key on assignment (classroom_id, reading_id);
drop index assignment_classroom_idx;
