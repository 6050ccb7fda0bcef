import type { NextRequest } from "next/server";
import { getContradiction } from "@/graph/queries/get-contradiction";
import { z } from "zod";
import { IdParam } from "@/app/_lib/id-param";
import { isoDay, queryObject } from "@/app/_lib/query-params";
import { badRequest, handle, notFoundJson, ok } from "../../_lib/respond";

type Ctx = { params: Promise<{ id: string }> };

const Query = z.object({ asOf: isoDay.optional() });

/**
 * GET /api/contradictions/<id>[?asOf=YYYY-MM-DD]: both sides with speaker, quote, outlet and time, plus
 * corroborating reports; with asOf, the dispute as it stood at the end of that day (404 if not yet known).
 */
export async function GET(req: NextRequest, ctx: Ctx) {
  const parsed = IdParam.safeParse((await ctx.params).id);
  if (!parsed.success) return badRequest(parsed.error);
  const query = Query.safeParse(queryObject(req.nextUrl.searchParams));
  if (!query.success) return badRequest(query.error);
  return handle(async () => {
    const contradiction = await getContradiction(parsed.data, { asOf: query.data.asOf });
    return contradiction ? ok(contradiction) : notFoundJson(`Contradiction ${parsed.data}${query.data.asOf ? ` as of ${query.data.asOf}` : ""}`);
  });
}
