import "server-only";
export { assertCan, can, type Action } from "./permissions";
export { assertWritableFields } from "./field-filter";
