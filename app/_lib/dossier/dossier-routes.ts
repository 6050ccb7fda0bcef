import type { NextRequest } from "next/server";
import { getContradiction } from "@/graph/queries/get-contradiction";
import { badRequest, fail, notFoundJson } from "@/app/api/_lib/respond";
import { IdParam } from "../id-param";
import { disputeDossier } from "./dispute-dossier";
import { dossierResponse } from "./dossier-response";
import type { Dossier } from "./dossier-types";
import { loadEntityDossier } from "./entity-dossier";
import { requestOrigin } from "../request-origin";

type Ctx = { params: Promise<{ id: string }> };
type Loader = (id: string, origin: string) => Promise<Dossier | null>;

const LOADERS: Record<"dispute" | "entity", Loader> = {
  dispute: async (id, origin) => {
    const d = await getContradiction(id);
    return d ? disputeDossier(d, origin) : null;
  },
  entity: loadEntityDossier,
};

/** One GET handler per (kind, format): the four dossier routes differ only in these two words. */
export function dossierRoute(kind: keyof typeof LOADERS, format: "md" | "json") {
  return async function GET(req: NextRequest, ctx: Ctx): Promise<Response> {
    const id = IdParam.safeParse((await ctx.params).id);
    if (!id.success) return badRequest(id.error);
    try {
      const dossier = await LOADERS[kind](id.data, requestOrigin(req));
      return dossier ? dossierResponse(dossier, format) : notFoundJson(`${kind === "dispute" ? "Dispute" : "Entity"} ${id.data}`);
    } catch (e) {
      return fail(e);
    }
  };
}
