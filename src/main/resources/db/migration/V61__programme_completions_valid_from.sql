-- From when earlier completions still count for a programme (issue 13): a district may accept training of the last
-- two years, or require new training from a given day. Empty means the period start, as before this migration, so
-- existing programmes keep their figures. A number well clear of the other branches' migrations.
-- Portable SQL: Derby 10.16 and PostgreSQL 15+. See docs/reporting.md and docs/decisions/0014-completions-valid-from.md.
ALTER TABLE programme ADD COLUMN completions_valid_from DATE;
ALTER TABLE programme ADD CONSTRAINT programme_valid_from_ck CHECK (completions_valid_from IS NULL OR completions_valid_from <= deadline);
