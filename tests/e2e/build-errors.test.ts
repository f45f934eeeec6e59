import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The build is the content's first test: a broken term page must fail it with a message that
 * names the file and the field. Each case builds a one-page site from a temporary folder
 * (TERMS_DIR) into a temporary output folder, leaving dist/ alone.
 */
const GOOD_FRONTMATTER = {
  title: 'Fixture Term',
  summary: 'A fixture page used by the build tests to check that bad content fails the build.',
  topic: 'options',
  related: ['sibling-a', 'sibling-b', 'sibling-c'],
  references: [{ title: 'Fixture reference', url: 'https://example.org/reference' }],
};

function frontmatter(fields: Record<string, unknown>): string {
  return `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n`;
}

/** Four valid pages that every fixture site has, so that a fixture term can list three related terms. */
const SIBLINGS = ['sibling-a', 'sibling-b', 'sibling-c', 'sibling-d'];
const siblingFiles = Object.fromEntries(
  SIBLINGS.map((slug) => [
    `${slug}.mdx`,
    frontmatter({ ...GOOD_FRONTMATTER, title: `Sibling ${slug.slice(-1)}`, related: SIBLINGS.filter((other) => other !== slug) }),
  ]),
);

function build(files: Record<string, string>): { status: number | null; output: string; pages: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'terms-'));
  const outDir = mkdtempSync(join(tmpdir(), 'dist-'));
  try {
    for (const [name, text] of Object.entries({ ...siblingFiles, ...files })) writeFileSync(join(dir, name), text);
    const result = spawnSync('node_modules/.bin/astro', ['build', '--force', '--outDir', outDir], {
      env: { ...process.env, TERMS_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const pages: Record<string, string> = {};
    for (const name of Object.keys(files)) {
      const slug = name.replace(/\.mdx$/, '');
      const page = join(outDir, 'terms', slug, 'index.html');
      if (existsSync(page)) pages[slug] = readFileSync(page, 'utf8');
    }
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe('the build rejects bad term pages, naming file and field', () => {
  it('builds a valid page, reading "$50 to $100" as money and $$…$$ as math (control case)', () => {
    const { status, output, pages } = build({
      'fixture-term.mdx': `${frontmatter(GOOD_FRONTMATTER)}\nIt costs $50 to $100, or $$x^2$$ per unit.\n`,
    });
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
    const html = pages['fixture-term'] ?? '';
    expect(html).toContain('It costs $50 to $100, or <span class="katex">');
    expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
  });

  it('fails on a summary outside 60–200 characters', () => {
    const { status, output } = build({
      'short-summary.mdx': frontmatter({ ...GOOD_FRONTMATTER, summary: 'Too short.' }),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('short-summary');
    expect(output).toMatch(/summary/);
    expect(output).toMatch(/at least 60 characters/);
  });

  it('fails with fewer than three related terms', () => {
    const { status, output } = build({
      'few-related.mdx': frontmatter({ ...GOOD_FRONTMATTER, related: ['sibling-a', 'sibling-b'] }),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('few-related');
    expect(output).toMatch(/at least three related terms/);
  });

  it('fails on an unknown related slug', () => {
    const { status, output } = build({
      'bad-related.mdx': frontmatter({ ...GOOD_FRONTMATTER, related: ['no-such-term'] }),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('bad-related');
    expect(output).toMatch(/related/);
    expect(output).toContain('Unknown term slug "no-such-term"');
  });

  it('fails on a term without a reference', () => {
    const { status, output } = build({
      'no-reference.mdx': frontmatter({ ...GOOD_FRONTMATTER, references: [] }),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('no-reference');
    expect(output).toMatch(/references/);
  });

  it('fails on a topic outside the fixed set', () => {
    const { status, output } = build({ 'bad-topic.mdx': frontmatter({ ...GOOD_FRONTMATTER, topic: 'astrology' }) });
    expect(status).not.toBe(0);
    expect(output).toContain('bad-topic');
    expect(output).toMatch(/topic/);
  });

  it('fails on a formula KaTeX cannot parse, naming the file', () => {
    const { status, output } = build({
      'bad-formula.mdx': `${frontmatter(GOOD_FRONTMATTER)}\n$$\n\\frac{a}{\n$$\n`,
    });
    expect(status).not.toBe(0);
    expect(output).toContain('bad-formula.mdx');
    expect(output).toMatch(/KaTeX could not render/);
  });
});
