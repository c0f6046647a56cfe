-- Teachers mark which of a class's tags ask for an answer: a note with such a tag and no reply by
-- anyone else is listed under "Needs attention" in the review. Before this, only the class's first
-- tag ("Question" unless renamed) counted; it keeps counting, and "Confusing" joins it, as in new classes.
alter table discussion_tag add column asks_for_answer boolean not null default false;

update discussion_tag t set asks_for_answer = true
where t.position = (select min(f.position) from discussion_tag f where f.classroom_id = t.classroom_id)
   or lower(t.name) = 'confusing';
