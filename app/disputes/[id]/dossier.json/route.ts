import { dossierRoute } from "@/app/_lib/dossier/dossier-routes";

/** GET /disputes/<id>/dossier.json */
export const GET = dossierRoute("dispute", "json");
