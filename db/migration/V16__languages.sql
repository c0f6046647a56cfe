-- The language a person chose for the interface; null follows their browser.
-- Which languages exist is the application's list (MessageBundle.LANGUAGES), checked where it enters.
alter table account add column interface_language varchar(35);

-- The language a reading is written in (a BCP 47 tag), which may differ from the interface's:
-- the lesson text carries it, so screen readers and hyphenation read it right.
alter table reading add column language varchar(35) not null default 'en';

-- The language a class was made in (its teacher's interface language then): what Colloquy writes
-- into the class itself, e.g. the names of the default discussion tags, is in it.
alter table classroom add column language varchar(35) not null default 'en';
