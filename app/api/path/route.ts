import type { NextRequest } from "next/server";
import { z } from "zod";
import { findPaths } from "@/graph/queries/find-paths";
import { IdParam } from "@/app/_lib/id-param";
import { queryObject } from "@/app/_lib/query-params";
import { badRequest, handle, ok } from "../_lib/respond";

const Params = z.object({
  from: IdParam,
  to: IdParam,
  maxHops: z.coerce.number().int().min(1).max(6).default(4),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

/** GET /api/path?from=<entityId>&to=<entityId>&maxHops=4: shortest paths, each edge with its claims. */
export async function GET(req: NextRequest) {
  const parsed = Params.safeParse(queryObject(req.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const { from, to, ...rest } = parsed.data;
  return handle(async () => ok({ paths: await findPaths({ fromId: from, toId: to, ...rest }) }));
}
