import { dossierRoute } from "@/app/_lib/dossier/dossier-routes";

/** GET /entities/<id>/dossier.json */
export const GET = dossierRoute("entity", "json");
