import type { NextRequest } from "next/server";
import { getContradiction } from "@/graph/queries/get-contradiction";
import { IdParam } from "@/app/_lib/id-param";
import { badRequest, handle, notFoundJson, ok } from "../../_lib/respond";

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/contradictions/<id>: both sides with speaker, quote, outlet and time, plus corroborating reports. */
export async function GET(_req: NextRequest, ctx: Ctx) {
  const parsed = IdParam.safeParse((await ctx.params).id);
  if (!parsed.success) return badRequest(parsed.error);
  return handle(async () => {
    const contradiction = await getContradiction(parsed.data);
    return contradiction ? ok(contradiction) : notFoundJson(`Contradiction ${parsed.data}`);
  });
}
