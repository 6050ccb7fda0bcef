import { dossierRoute } from "@/app/_lib/dossier/dossier-routes";

/** GET /disputes/<id>/dossier.md */
export const GET = dossierRoute("dispute", "md");
