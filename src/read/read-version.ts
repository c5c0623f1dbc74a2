// The version of what reading and checking make of a document. Raise it when a change makes the
// reader or the checker give a different model or different findings for documents already stored:
// stores then re-read their source files (`yusuan reread`, `yusuan serve --reread-stale`).
//
// 1: Row.attrs (text columns such as 采购组织形式 kept beside the figures).
export const READ_VERSION = 1;
