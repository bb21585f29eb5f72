// Module hooks that let Node load @neo4j-labs/experimental-query-api-wrapper 0.0.1-alpha07 (the only published
// version): its lib/ is compiled to ES modules with extensionless relative imports ('./wrapper.impl',
// './http-connection'), while its package.json says "type": "commonjs", so neither `import` nor `require` can load
// it as published. Inside that folder only, files load as ES modules and a relative import that fails to resolve is
// tried again as '<specifier>.js' and '<specifier>/index.js', as the TypeScript build that produced it meant.
const packageLib = '/@neo4j-labs/experimental-query-api-wrapper/lib/'
const unresolved = ['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT']

export async function resolve (specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context)
  } catch (error) {
    if (!unresolved.includes(error.code) || !specifier.startsWith('.') || !context.parentURL?.includes(packageLib)) throw error
    try {
      return await nextResolve(`${specifier}.js`, context)
    } catch {
      return nextResolve(`${specifier}/index.js`, context)
    }
  }
}

export async function load (url, context, nextLoad) {
  return nextLoad(url, url.includes(packageLib) ? { ...context, format: 'module' } : context)
}
