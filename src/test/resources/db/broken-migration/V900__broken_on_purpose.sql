-- A migration that fails half-way: its first statement must not survive the failure.
create table half_migrated (id integer);
select * from table_that_does_not_exist;
