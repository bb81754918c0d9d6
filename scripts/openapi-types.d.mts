/** Types of openapi-types.mjs. */
export declare const OPENAPI_TYPES_FILE: string
export declare function openApiTypes(documentText: string): Promise<string>
