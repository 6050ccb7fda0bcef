import iconv from "iconv-lite";
import { afterEach, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "@/tests/fixture-server/fixture-server";
import { decodeBody } from "./decode-body";
import { createFetcher } from "./fetch-page";

const KOREAN = "알리바바, 앤트로픽 도구 사용 금지… 직원들에게 7월 10일부터";
const JAPANESE = "アリババがアンソロピックのツールを禁止、社内で通知された";
const FRENCH = "Le café où l'on a révélé « l'affaire » coûte 5 €";
const RUSSIAN = "Новости: правительство объявило о запрете";
const CHINESE_S = "阿里巴巴禁止员工使用这个工具，我们的记者了解到这是真的";
const CHINESE_T = "阿里巴巴禁止員工使用這個工具，我們的記者了解到這是真的";
const HEBREW = "חדשות היום: הממשלה הודיעה";

const page = (text: string, head = "") => `<html><head>${head}<title>t</title></head><body><p>${text}</p></body></html>`;
const bytes = (s: string, charset: string) => new Uint8Array(iconv.encode(s, charset));

describe("decodeBody", () => {
  it.each([
    ["euc-kr", KOREAN],
    ["shift_jis", JAPANESE],
    ["euc-jp", JAPANESE],
    ["gbk", CHINESE_S],
    ["gb18030", CHINESE_S],
    ["big5", CHINESE_T],
    ["windows-1252", FRENCH],
    ["windows-1251", RUSSIAN],
    ["koi8-r", RUSSIAN],
    ["windows-1255", HEBREW],
    ["iso-8859-2", "Příliš žluťoučký kůň"],
  ])("decodes %s named in the HTTP header", (charset, text) => {
    const out = decodeBody(bytes(page(text), charset), `text/html; charset=${charset}`);
    expect(out.text).toContain(text);
    expect(out.charset).toBe(charset);
  });

  it("reads <meta charset>, <meta http-equiv> and the XML declaration, folding browser aliases", () => {
    expect(decodeBody(bytes(page(KOREAN, '<meta charset="ks_c_5601-1987">'), "cp949"), "text/html")).toEqual({ text: page(KOREAN, '<meta charset="ks_c_5601-1987">'), charset: "euc-kr" });
    const equiv = page(JAPANESE, '<meta http-equiv="Content-Type" content="text/html; charset=x-sjis">');
    expect(decodeBody(bytes(equiv, "shift_jis")).text).toBe(equiv);
    const xml = `<?xml version="1.0" encoding="GB2312"?><rss><channel><title>${CHINESE_S}</title></channel></rss>`;
    expect(decodeBody(bytes(xml, "gbk"), "application/rss+xml")).toMatchObject({ text: xml, charset: "gbk" });
    const latin = `<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>${FRENCH.replace("€", "EUR")}</title></rss>`;
    expect(decodeBody(bytes(latin, "latin1")).text).toBe(latin);
  });

  it("lets the BOM win, then the header over the document", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(page(KOREAN, '<meta charset="euc-kr">'))]);
    expect(decodeBody(withBom, "text/html; charset=windows-1252")).toMatchObject({ charset: "utf-8" });
    expect(decodeBody(withBom).text.startsWith("<html>")).toBe(true);
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode(KOREAN, "utf-16le")]);
    expect(decodeBody(utf16).text).toBe(KOREAN);
    expect(decodeBody(bytes(page(FRENCH, '<meta charset="utf-8">'), "windows-1252"), "text/html; charset=windows-1252").text).toContain(FRENCH);
  });

  it("reads UTF-16 and UTF-32 feeds with or without a byte-order mark", () => {
    const feed = `<?xml version="1.0" encoding="utf-16"?><rss><channel><title>${KOREAN}</title></channel></rss>`;
    for (const charset of ["utf-16be", "utf-16le", "utf-32be", "utf-32le"]) {
      const body = iconv.encode(feed, charset);
      expect(decodeBody(new Uint8Array(body))).toMatchObject({ text: feed, charset });
      const bom = iconv.encode("\uFEFF", charset);
      expect(decodeBody(new Uint8Array([...bom, ...body]))).toMatchObject({ text: feed, charset });
    }
  });

  it("falls back to strict UTF-8, then guesses undeclared legacy pages", () => {
    expect(decodeBody(new TextEncoder().encode(page(KOREAN)))).toMatchObject({ charset: "utf-8" });
    expect(decodeBody(bytes(page(KOREAN), "euc-kr"))).toMatchObject({ text: page(KOREAN), charset: "euc-kr" });
    expect(decodeBody(bytes(page(JAPANESE), "shift_jis"))).toMatchObject({ text: page(JAPANESE), charset: "shift_jis" });
    expect(decodeBody(bytes(page(CHINESE_S), "gbk"))).toMatchObject({ charset: "gbk" });
    expect(decodeBody(bytes(page(CHINESE_T), "big5"))).toMatchObject({ charset: "big5" });
    expect(decodeBody(bytes(page(FRENCH), "windows-1252"))).toMatchObject({ text: page(FRENCH), charset: "windows-1252" });
    const russian = `${RUSSIAN}. Президент страны подписал новый закон о печати.`;
    expect(decodeBody(bytes(page(russian), "windows-1251"))).toMatchObject({ text: page(russian), charset: "windows-1251" });
    expect(decodeBody(bytes(page(russian), "koi8-r"))).toMatchObject({ text: page(russian), charset: "koi8-r" });
    const hebrew = `${HEBREW} על החוק החדש של השר ואת הדברים שלו`;
    expect(decodeBody(bytes(page(hebrew), "windows-1255"))).toMatchObject({ text: page(hebrew), charset: "windows-1255" });
  });

  it("ignores labels nothing can decode and carries on", () => {
    expect(decodeBody(new TextEncoder().encode(page(KOREAN)), "text/html; charset=x-made-up").charset).toBe("utf-8");
  });
});

describe("legacy-charset pages over HTTP", () => {
  let server: FixtureServer | undefined;
  afterEach(async () => server?.close());

  it("decodes EUC-KR, Shift_JIS and windows-1252 pages served by a real server", async () => {
    server = await startFixtureServer({
      routes: {
        "/ko": (_q, r) => void r.writeHead(200, { "content-type": "text/html; charset=EUC-KR" }).end(iconv.encode(page(KOREAN), "euc-kr")),
        "/ja": (_q, r) => void r.writeHead(200, { "content-type": "text/html" }).end(iconv.encode(page(JAPANESE, '<meta charset="Shift_JIS">'), "shift_jis")),
        "/fr": (_q, r) => void r.writeHead(200, { "content-type": "text/html; charset=windows-1252" }).end(iconv.encode(page(FRENCH), "windows-1252")),
      },
    });
    const f = createFetcher({ delayMs: 0 });
    try {
      expect(await f.fetchPage(`${server.url}/ko`)).toMatchObject({ charset: "euc-kr", body: page(KOREAN) });
      expect(await f.fetchPage(`${server.url}/ja`)).toMatchObject({ charset: "shift_jis", body: page(JAPANESE, '<meta charset="Shift_JIS">') });
      expect(await f.fetchPage(`${server.url}/fr`)).toMatchObject({ charset: "windows-1252", body: page(FRENCH) });
    } finally {
      await f.close();
    }
  });
});
