-- Tables record whether they state their unit (model field Table.unit_stated; null when not known).

ALTER TABLE doc_tables ADD COLUMN unit_stated boolean;
