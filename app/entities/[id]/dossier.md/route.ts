import { dossierRoute } from "@/app/_lib/dossier/dossier-routes";

/** GET /entities/<id>/dossier.md */
export const GET = dossierRoute("entity", "md");
