/** The parts of the Frictionless `datapackage` reader (no types of its own) that the tests use. */
declare module 'datapackage' {
  interface Resource {
    name: string
    descriptor: { schema: { fields: { name: string; type: string; format?: string }[] } }
    read(options?: { keyed?: boolean; cast?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>
    checkRelations(): Promise<boolean>
  }
  interface Package {
    valid: boolean
    errors: Error[]
    resources: Resource[]
    descriptor: { profile: string; resources: { name: string; path: string }[] }
  }
  const datapackage: {
    Package: { load(source: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package> }
  }
  export default datapackage
}
