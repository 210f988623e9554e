// Module resolve hook: every `import ... from 'esbuild'` except the shim's own gets the shim.
const shimUrl = new URL('./esbuild-shim.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'esbuild' && context.parentURL !== shimUrl) {
    return { url: shimUrl, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
