import "server-only";
export { ACTIONS, assertCan, can, type Action, type Resource } from "./permissions";
export { ARTICLE_FIELD_ACTIONS, assertWritableFields, checkWritableFields, type FieldCheck } from "./field-filter";
