-- Who issues a certificate (issue 13): the issuing unit, its superior body, the place of the date line and the signer,
-- copied from the header of the programme the course counted for when the certificate was issued, so a certificate
-- keeps the issuer it was issued under even when the programme's header is edited later. Empty for certificates
-- issued before this migration or outside any programme (the PDF then shows no unit and no signer).
-- Portable SQL: Derby 10.16 and PostgreSQL 15+.
ALTER TABLE certificate ADD COLUMN superior_body VARCHAR(300);
ALTER TABLE certificate ADD COLUMN issuing_unit VARCHAR(600);
ALTER TABLE certificate ADD COLUMN place VARCHAR(120);
ALTER TABLE certificate ADD COLUMN signer_title VARCHAR(300);
ALTER TABLE certificate ADD COLUMN signer_name VARCHAR(120);
