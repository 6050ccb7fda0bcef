import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyContent, detectInput } from "./detect-input";

describe("detectInput", () => {
  it("tells URLs, files and folders apart", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ng-detect-"));
    const file = path.join(dir, "a.html");
    await writeFile(file, "<html></html>");
    expect(await detectInput("https://example.com/feed")).toEqual({ kind: "url", url: "https://example.com/feed" });
    expect(await detectInput(file)).toEqual({ kind: "file", path: file });
    expect(await detectInput(dir)).toEqual({ kind: "dir", path: dir });
  });

  it("explains a missing path, suggesting https:// for a bare domain", async () => {
    await expect(detectInput("example.com/feed")).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("https://example.com/feed") });
  });
});

describe("classifyContent", () => {
  it.each([
    ["application/rss+xml", '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "feed"],
    ["text/html", '<?xml version="1.0"?>\n<!-- hi --><?xml-stylesheet href="a.xsl"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"],
    ["text/xml", '<rdf:RDF xmlns:rdf="x"></rdf:RDF>', "feed"],
    ["application/json", '{"version":"https://jsonfeed.org/version/1.1","items":[]}', "feed"],
    ["application/json", '{"hello":1}', "unknown"],
    ["text/xml", '<?xml version="1.0"?><opml version="2.0"><body/></opml>', "opml"],
    ["text/html; charset=utf-8", "<!DOCTYPE html><html><body>x</body></html>", "html"],
    ["", "\uFEFF<html><head></head></html>", "html"],
    ["text/html", "<div>fragment</div>", "html"],
    ["application/atom+xml", "", "feed"],
    ["image/png", "\u0089PNG", "unknown"],
  ])("%s + %j -> %s", (type, body, kind) => {
    expect(classifyContent(type, body)).toBe(kind);
  });
});
