import { describe, expect, test } from "vitest";
import { catalogueSearchIndexStatements, engineFromVersion } from "@/lib/db/engine";

describe("per-engine choices", () => {
  test("the engine is read from what version() says", () => {
    expect(engineFromVersion("PostgreSQL 15.18 (Debian 15.18-0+deb12u1) on x86_64-pc-linux-gnu")).toBe("postgres");
    expect(engineFromVersion("PostgreSQL 18.0 on x86_64-pc-linux-gnu, compiled by emcc")).toBe("postgres");
    expect(engineFromVersion("CockroachDB CCL v24.2.4 (x86_64-pc-linux-gnu, built 2024/10/08 18:16:59, go1.22.5)")).toBe("cockroachdb");
    expect(engineFromVersion("PostgreSQL 15.2-YB-2025.1.0.0-b0 on x86_64-pc-linux-gnu")).toBe("yugabytedb");
  });

  test("text_pattern_ops only where the engine accepts it; YugabyteDB's index is range-sharded", () => {
    const [postgres, cockroach, yugabyte] = (["postgres", "cockroachdb", "yugabytedb"] as const).map(catalogueSearchIndexStatements);
    expect(postgres).toContain('CREATE INDEX IF NOT EXISTS "catalogue_items_name_search_idx" ON "catalogue_items" ("name_search" text_pattern_ops)');
    expect(cockroach!.join("\n")).not.toMatch(/pattern_ops/);
    expect(cockroach).toContain('CREATE INDEX IF NOT EXISTS "catalogue_items_code_search_idx" ON "catalogue_items" ("code_search")');
    expect(yugabyte).toContain('CREATE INDEX IF NOT EXISTS "catalogue_items_initials_idx" ON "catalogue_items" ("pinyin_initials" ASC)');
  });
});
