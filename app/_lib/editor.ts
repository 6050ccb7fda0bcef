/** Cookie remembering the name a person gave on their last correction, to prefill the next one. */
export const EDITOR_COOKIE = "ng_editor";
