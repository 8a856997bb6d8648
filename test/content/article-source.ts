import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The source article lives outside the repository (shared between the project's workspaces), so a
 * clone may not have it. CI sets NEWSLINE_ARTICLE to the copy it found and NEWSLINE_REQUIRE_ARTICLE=1,
 * so there a missing article fails the tests instead of skipping the copy check.
 */
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export const articlePath = resolve(
  projectRoot,
  process.env.NEWSLINE_ARTICLE || '../shared/source/article.txt',
);

/** True when checks that need the article should be skipped; says so, so a skip is never silent. */
export function skipWithoutArticle(check: string): boolean {
  if (existsSync(articlePath) || process.env.NEWSLINE_REQUIRE_ARTICLE === '1') return false;
  console.warn(`${articlePath} is absent; skipping ${check}`);
  return true;
}

export function readArticle(): string {
  if (!existsSync(articlePath)) {
    throw new Error(`the article is missing: ${articlePath} (NEWSLINE_REQUIRE_ARTICLE=1 requires it)`);
  }
  return readFileSync(articlePath, 'utf8');
}
