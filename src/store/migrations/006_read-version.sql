-- Which reader produced a stored disclosure (READ_VERSION in src/read/read-version.ts; null: before
-- versions were recorded). A newer reader re-reads the stored source files (yusuan reread).

ALTER TABLE disclosures ADD COLUMN read_version integer;
