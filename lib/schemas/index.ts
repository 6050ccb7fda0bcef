export * from "./common";
export * from "./feed-item";
export * from "./fetched-page";
export * from "./article-doc";
export * from "./extraction";
