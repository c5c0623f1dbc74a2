-- Uploads are looked up by the hash of each file (a part of a stored disclosure is not imported again).

CREATE INDEX source_files_sha256 ON source_files (sha256);
