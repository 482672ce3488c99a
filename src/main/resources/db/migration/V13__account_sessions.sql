-- Accounts and sessions (issue 11, item 5): a reset, a disablement or a password change raises the account's
-- session generation; a session begun under an older generation ends on every instance (security/control/EndedSessions).
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 15+.
ALTER TABLE account ADD COLUMN session_generation INT DEFAULT 0 NOT NULL;
