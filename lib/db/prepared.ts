import { sql, type Placeholder, type Query, type SQL, type SQLWrapper } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { env } from "@/lib/env";
import type { Db } from "./open";

/** A value a statement's builder takes: the value itself, or a placeholder filled at execution. */
export type SqlValue<T> = T | SQLWrapper;

const dialect = new PgDialect();

/**
 * A statement sent on every request of a busy path (the counter's verify and settle), built once
 * and prepared on the database. Building a large statement with the query builder costs the
 * server's one JavaScript thread more than PostgreSQL spends running it, and parsing and planning
 * it again each time costs PostgreSQL more than executing it. So the text is built once, with
 * placeholders (`p.name`) where the values go, and each execution sends only the values: on
 * PostgreSQL as a named prepared statement (parsed and planned once per connection), on PGlite as
 * the same text.
 *
 * The text must not depend on the values (no IN lists of varying length): that is what makes
 * building it once correct. `name` is unique in the app; the database sees it. With
 * DATABASE_PREPARED_STATEMENTS=0 (behind a pooler that cannot keep prepared statements) the
 * statement is sent unnamed: built once still, parsed and planned each time.
 */
export function preparedStatement<const Names extends string>(
  name: string,
  names: readonly Names[],
  build: (p: Record<Names, Placeholder<Names>>) => SQL,
): PreparedStatement<Names> {
  let query: Query | undefined;
  return {
    execute<Row>(db: Db, values: Record<Names, unknown>) {
      query ??= dialect.sqlToQuery(build(Object.fromEntries(names.map((n) => [n, sql.placeholder(n)])) as Record<Names, Placeholder<Names>>));
      const named = env.DATABASE_PREPARED_STATEMENTS ? name : undefined;
      return db._.session.prepareQuery(query, undefined, named, false).execute(values) as Promise<{ rows: Row[] }>;
    },
  };
}

/** A statement made by preparedStatement: executed with a value for each of its names; `Row` is what a row holds. */
export interface PreparedStatement<Names extends string> {
  execute<Row>(db: Db, values: Record<Names, unknown>): Promise<{ rows: Row[] }>;
}
