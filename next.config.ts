import type { NextConfig } from "next";

const config: NextConfig = {
  // The driver opens sockets and keeps a pool: it must run as a plain Node module, not be bundled.
  serverExternalPackages: ["neo4j-driver"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default config;
