import type { NextRequest } from "next/server";
import { searchAll } from "@/graph/queries/search-all";
import { SearchParams, toSearchOptions } from "@/app/_lib/search-params";
import { queryObject } from "@/app/_lib/query-params";
import { badRequest, handle, ok } from "../_lib/respond";

/** GET /api/search?q=...&type=claim&source=<sourceId>&from=YYYY-MM-DD&to=...&page=1&limit=20 */
export async function GET(req: NextRequest) {
  const parsed = SearchParams.safeParse(queryObject(req.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  return handle(async () => ok(await searchAll(toSearchOptions(parsed.data))));
}
