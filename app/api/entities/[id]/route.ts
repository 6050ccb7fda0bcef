import type { NextRequest } from "next/server";
import { getEntity } from "@/graph/queries/get-entity";
import { listClaimsAboutEntity } from "@/graph/queries/list-claims-about-entity";
import { listClaimsByEntity } from "@/graph/queries/list-claims-by-entity";
import { IdParam } from "@/app/_lib/id-param";
import { badRequest, handle, notFoundJson, ok } from "../../_lib/respond";

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/entities/<id>: the profile plus the claims made by the entity and about it. */
export async function GET(_req: NextRequest, ctx: Ctx) {
  const parsed = IdParam.safeParse((await ctx.params).id);
  if (!parsed.success) return badRequest(parsed.error);
  const id = parsed.data;
  return handle(async () => {
    const entity = await getEntity(id);
    if (!entity) return notFoundJson(`Entity ${id}`);
    const [claimsBy, claimsAbout] = await Promise.all([listClaimsByEntity({ entityId: id }), listClaimsAboutEntity({ entityId: id })]);
    return ok({ entity, claimsBy, claimsAbout });
  });
}
