-- directory: import notes, rejections and failures carry a message code and its arguments
-- instead of an English sentence. The arguments are stored as MessageArguments encodes them:
-- each tagged with its kind (s: text, n: number), separated by U+001F.
-- A note, rejection or failure stored before keeps its sentence as the one text argument of a
-- code that shows it as it was.

alter table directory_import_note add column code varchar(100);
alter table directory_import_note add column arguments varchar(4000);
update directory_import_note set code = 'directory.import.note.recorded', arguments = concat('s:', message);
alter table directory_import_note alter column code set not null;
alter table directory_import_note alter column arguments set not null;
alter table directory_import_note drop column message;

alter table directory_import_rejection add column code varchar(100);
alter table directory_import_rejection add column arguments varchar(4000);
update directory_import_rejection set code = 'directory.import.row.recorded', arguments = concat('s:', reason);
alter table directory_import_rejection alter column code set not null;
alter table directory_import_rejection alter column arguments set not null;
alter table directory_import_rejection drop column reason;

alter table directory_import_run add column failure_arguments varchar(4000);
update directory_import_run set failure_arguments = concat('s:', failure), failure = 'directory.import.failure.recorded'
where failure is not null;
