import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { requestOrigin, requestUrl } from "./request-origin";

const req = (headers: Record<string, string>) => new NextRequest("http://localhost:3000/feed.xml?kind=claim", { headers });

describe("requestOrigin", () => {
  it("uses the host the reader asked for, not the server's bind address", () => {
    expect(requestOrigin(req({ host: "news.example.org" }))).toBe("http://news.example.org");
    expect(requestUrl(req({ host: "127.0.0.1:8080" }))).toBe("http://127.0.0.1:8080/feed.xml?kind=claim");
  });

  it("follows a proxy's forwarded host and scheme", () => {
    expect(requestOrigin(req({ host: "10.0.0.5:3000", "x-forwarded-host": "graph.example.org", "x-forwarded-proto": "https" }))).toBe("https://graph.example.org");
  });

  it("ignores a host header that is not a host name", () => {
    expect(requestOrigin(req({ host: "evil.example/<script>" }))).toBe("http://localhost:3000");
    expect(requestOrigin(req({ host: "x", "x-forwarded-proto": "javascript" }))).toBe("http://x");
  });
});
