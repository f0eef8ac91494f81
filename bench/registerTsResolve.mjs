// Lets `node --experimental-strip-types` run the library's TypeScript, whose imports omit the
// `.ts` extension (Vite resolves them; plain Node does not): retry a failed relative import with
// `.ts` appended.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (!specifier.startsWith('.') || specifier.endsWith('.ts')) throw error;
    return next(specifier + '.ts', context);
  }
}`),
  import.meta.url,
);
