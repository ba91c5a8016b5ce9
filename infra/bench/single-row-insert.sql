-- pgbench custom script: one single-row INSERT and its COMMIT per transaction, the floor under
-- any durable write the platform makes. Run with -c 16 against the same PostgreSQL.
INSERT INTO bench_single_row (payload) VALUES ('a benchmark row of about a hundred bytes, like a small encrypted record');
