import { describe, expect, it } from "vitest";
import { extractAssertions } from "../extract-assertions";
import { ruleLanguage } from "../text/language";
import { spanishNumber } from "./find-figures-es";

// Round 106: Spanish copy (heldout-91's Misiones and Tabasco articles were the first in another language) has its own
// dates, figures and claims. The texts below are written for these tests.
const PUB = "2026-10-20T08:00:00-03:00"; // a Tuesday, in Argentina
const NOTA = [
  "POSADAS (Corresponsalía). Tamberos de la cuenca central de Misiones cortaron ayer la Ruta Provincial 5 para reclamar un precio mínimo por la leche.",
  "",
  "Según los organizadores, unos 1.200 productores participaron de la protesta. La Policía de Misiones, en cambio, estimó la presencia en \"alrededor de 400 personas\".",
  "",
  "\"Hoy cobramos $280 por litro y el costo supera los $390. Así no se puede seguir\", dijo a este diario Héctor Sosa, presidente de la Asociación de Tamberos del Alto Paraná.",
  "",
  "Sosa sostuvo que el precio cayó un 4,5% en términos reales y que más de 300 tambos cerraron desde 2024.",
  "",
  "La industria rechazó esa lectura. Graciela Benítez, gerente de Lácteos del Litoral S.A., negó que las usinas paguen por debajo del costo. Según la empresaria, la firma pagó en promedio $300 por litro en septiembre.",
  "",
  "El Ministerio del Agro y la Producción de Misiones anunció que destinará $1.500 millones a un fondo de asistencia. El directorio se reunirá el jueves, y los tamberos volverán a la ruta el lunes 26 de octubre. La mesa de diálogo se instaló la semana pasada, y el pasado martes hubo una primera reunión.",
].join("\n");

const x = extractAssertions({ text: NOTA, publishedAt: PUB });
const nameOf = (id?: string) => x.entities.find((e) => e.id === id)?.name;
const claimIn = (fragment: string) => x.claims.find((c) => c.quote.includes(fragment));

describe("round 106: Spanish copy", () => {
  it("is told from English by its language tag or, without one, by franc; English copy stays English", () => {
    expect(ruleLanguage(NOTA)).toBe("es");
    expect(ruleLanguage(NOTA, "en")).toBe("en");
    expect(ruleLanguage("The union said on Tuesday that the strike would go ahead, and the company denied it.", "es-AR")).toBe("es");
    expect(ruleLanguage("The union said on Tuesday that the strike would go ahead after the talks with the company and the ministry failed over the weekend, the third time this year that the parties met.")).toBe("en");
  });

  it("resolves weekdays by the verb before them, 'la semana pasada' and written days against publication", () => {
    expect(x.dates.map((d) => [d.text, d.date])).toEqual([
      ["ayer", "2026-10-19"],
      ["el jueves", "2026-10-22"],
      ["el lunes 26 de octubre", "2026-10-26"],
      ["la semana pasada", "2026-10-13"],
      ["el pasado martes", "2026-10-13"],
    ]);
    const friday = extractAssertions({ text: "La UPIS entregó el viernes un escrito a la Secretaría de Energía hasta que liquide sus adeudos.", publishedAt: "2026-11-16T06:00:00-06:00", lang: "es" });
    expect(friday.dates.map((d) => d.date)).toEqual(["2026-11-13"]);
  });

  it("reads points and commas as Argentina and Mexico write them, with Spanish qualifiers and the local peso", () => {
    expect([spanishNumber("1.200"), spanishNumber("4,5"), spanishNumber("1,900"), spanishNumber("9.5"), spanishNumber("2.300.000")]).toEqual([1200, 4.5, 1900, 9.5, 2300000]);
    expect(x.figures.map((f) => [f.value, f.qualifier, f.unit])).toEqual([
      [1200, "about", "productores"],
      [400, "about", "personas"],
      [280, "exact", "ARS"],
      [390, "over", "ARS"],
      [4.5, "exact", "percent"],
      [300, "over", "tambos"],
      [300, "exact", "ARS"],
      [1.5e9, "exact", "ARS"],
    ]);
    const mx = extractAssertions({ text: "Proveedores de Villahermosa reclaman más de 640 millones de pesos; unas 1,900 personas y al menos 400 trabajadores dependen de ellos.", publishedAt: "2026-11-16T06:00:00-06:00", lang: "es" });
    expect(mx.figures.map((f) => [f.value, f.qualifier, f.unit])).toEqual([[6.4e8, "over", "MXN"], [1900, "about", "personas"], [400, "at_least", "trabajadores"]]);
  });

  it("names speakers after the verb, before it, after 'según', and carries them over dropped subjects and quotations", () => {
    expect(nameOf(claimIn("Hoy cobramos")?.speakerId)).toBe("Héctor Sosa");
    expect(nameOf(claimIn("Así no se puede seguir")?.speakerId)).toBe("Héctor Sosa");
    expect(nameOf(claimIn("Sosa sostuvo")?.speakerId)).toBe("Héctor Sosa");
    expect(nameOf(claimIn("estimó la presencia")?.speakerId)).toBe("Policía de Misiones");
    expect(claimIn("Según los organizadores")?.speakerText).toBe("los organizadores");
    expect(claimIn("La industria rechazó")).toMatchObject({ speakerText: "La industria", predicate: "denies", polarity: "negative" });
    expect(claimIn("Graciela Benítez")).toMatchObject({ predicate: "denies", polarity: "negative" });
    expect(nameOf(claimIn("Graciela Benítez")?.speakerId)).toBe("Graciela Benítez");
    // ("Según la empresaria": a person described by her role is the one who spoke last.)
    expect(nameOf(claimIn("Según la empresaria")?.speakerId)).toBe("Graciela Benítez");
    expect(claimIn("anunció que destinará")).toMatchObject({ speechAct: "announced", predicate: "announces" });
    expect(nameOf(claimIn("anunció que destinará")?.speakerId)).toBe("Ministerio del Agro y la Producción de Misiones");
  });

  it("keeps a sentence-opening article out of a body's name and types Spanish bodies and double-barrelled names", () => {
    const byName = new Map(x.entities.map((e) => [e.name, e.type]));
    expect(byName.get("Policía de Misiones")).toBe("GOV");
    expect(byName.get("Ministerio del Agro y la Producción de Misiones")).toBe("GOV");
    expect(byName.has("La Policía de Misiones")).toBe(false);
    const mx = extractAssertions({ text: "\"No es una amenaza\", dijo en entrevista Rosa Elena Hernández Priego, presidenta de la unión. Petróleos Mexicanos (Pemex) no respondió.", publishedAt: "2026-11-16T06:00:00-06:00", lang: "es" });
    expect(mx.entities.find((e) => e.name === "Rosa Elena Hernández Priego")?.type).toBe("PERSON");
    expect(mx.entities.find((e) => e.name === "Petróleos Mexicanos")?.aliases).toContain("Pemex");
  });
});
