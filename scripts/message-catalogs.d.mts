/** Types of message-catalogs.mjs (a plain ES module, so Vite's config and Node can both load it). */
export declare const CATALOG_ROOTS: { dir: string; type: string }[]
export declare function namespacesIn(localesDir: string): string[]
export declare function catalogTypesModule(namespaces: string[], typeName: string): string
export declare function writeCatalogTypes(root: string): string[]
