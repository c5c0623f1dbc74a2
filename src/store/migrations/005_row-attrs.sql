-- Text columns printed beside a row's figures (model field Row.attrs: 采购组织形式 → 分散自行组织).

ALTER TABLE doc_rows ADD COLUMN attrs jsonb;
