-- The library list reads many disclosures rows: keep them narrow (the table of contents moves to
-- doc_texts as part 'toc') and give the list's order an index.

ALTER TABLE doc_texts DROP CONSTRAINT doc_texts_part_check;
ALTER TABLE doc_texts ADD CONSTRAINT doc_texts_part_check CHECK (part IN ('overview', 'section', 'glossary', 'toc'));

INSERT INTO doc_texts (entity_id, disclosure_id, part, ord, number, title, text, line, page)
SELECT d.entity_id, d.id, 'toc', (t.ord - 1)::integer, NULL, t.e ->> 'title', '', (t.e ->> 'line')::integer, (t.e ->> 'page')::integer
FROM disclosures d, jsonb_array_elements(d.toc) WITH ORDINALITY AS t (e, ord);

ALTER TABLE disclosures DROP COLUMN toc;

DROP INDEX disclosures_list;
CREATE INDEX disclosures_list ON disclosures (fiscal_year DESC NULLS LAST, entity, kind, level, imported_at DESC, id) WHERE is_current;
