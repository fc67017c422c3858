-- Trigram indexes (next migration) serve LIKE '%…%' searches; PGlite loads the same extension from its contrib set
-- (db/client.ts), so this one migration runs in both modes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
