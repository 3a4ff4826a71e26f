/**
 * The database: one handle per process (getDb), opened on PGlite or PostgreSQL, migrated from the
 * committed migrations. Only domain modules import it and its schema (lib/db/schema).
 */
import "server-only";
export { getDb, pingDatabase, provideDatabase } from "./handle";
export { openDatabase, type Database, type Db, type OpenOptions } from "./open";
export { migrateDatabase, migrationsFolder } from "./migrate";
export { enrolmentInForce } from "./enrolment-in-force";
export { databaseErrorOf, runTransaction } from "./transaction";
export { BENCH_FLOOR_TABLE, insertBenchFloorRow } from "./bench-floor";
export { fromJson, jsonRow, onlyRow } from "./json-row";
export { preparedStatement, type SqlValue } from "./prepared";
