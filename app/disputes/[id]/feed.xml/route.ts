import type { NextRequest } from "next/server";
import { getContradiction } from "@/graph/queries/get-contradiction";
import { atomResponse, buildAtom } from "@/app/_lib/atom";
import { claimEntry } from "@/app/_lib/feed-entries";
import { IdParam } from "@/app/_lib/id-param";
import { disputeHref } from "@/app/_lib/labels";
import { badRequest, fail, notFoundJson } from "@/app/api/_lib/respond";
import { requestOrigin, requestUrl } from "@/app/_lib/request-origin";

type Ctx = { params: Promise<{ id: string }> };

/** GET /disputes/<id>/feed.xml: each side and every corroborating report of one dispute. */
export async function GET(req: NextRequest, ctx: Ctx) {
  const parsed = IdParam.safeParse((await ctx.params).id);
  if (!parsed.success) return badRequest(parsed.error);
  try {
    const d = await getContradiction(parsed.data);
    if (!d) return notFoundJson(`Dispute ${parsed.data}`);
    const origin = requestOrigin(req);
    const entries = [
      ...d.sides.map((c, i) => claimEntry(origin, c, `Side ${String.fromCharCode(65 + i)}`)),
      ...d.corroborations.flatMap((g) => g.claims.map((c) => claimEntry(origin, c, "Corroborating report"))),
    ].sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated));
    return atomResponse(buildAtom({
      id: `urn:newsgraph:feed:dispute:${d.id}`, title: `Dispute: ${d.explanation}`, subtitle: d.entities.map((e) => e.name).join(", "),
      selfUrl: requestUrl(req), alternateUrl: origin + disputeHref(d.id), entries,
    }));
  } catch (e) {
    return fail(e);
  }
}
