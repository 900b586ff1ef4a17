import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv2020 from "ajv/dist/2020";

// Third-party checks of the content API's OpenAPI document: the document itself
// by @apidevtools/swagger-parser (against the OpenAPI 3.1 schema), and real
// answers against the document's own response schemas by Ajv's JSON Schema
// 2020-12 validator (Ajv 8, a devDependency of its own).

export async function validateOpenApiDocument(document: object): Promise<void> {
  // validate() dereferences in place: give it a copy.
  await SwaggerParser.validate(structuredClone(document) as never);
}

type Doc = { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> } }> };

/** A validator of answers of `path` (as the document names it) with `status`, by the document's own schema for it. */
export function responseValidator(document: object) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(structuredClone(document), "openapi");
  return (path: string, status: number, contentType: string, body: unknown): string[] => {
    const response = (document as Doc).paths[path]?.get.responses[String(status)];
    const ref = response?.content?.[contentType]?.schema.$ref;
    if (!ref) return [`the document has no ${contentType} schema for ${status} of ${path}`];
    const validate = ajv.getSchema(`openapi${ref}`);
    if (!validate) return [`no schema at ${ref}`];
    return validate(body) ? [] : (validate.errors ?? []).map((e) => JSON.stringify(e));
  };
}
