-- Inspections are stored under a transaction-scoped advisory lock on their
-- client key (packages/db inspections/client-key-lock.repository.ts): a send
-- that dies releases it with its connection, so a retry is stored at once.
-- The claim rows this replaces outlived a crashed request for two minutes.
DROP TABLE inspection_claims;
