import type { APIRoute } from 'astro';
import { TOPICS } from '../data/site.ts';
import { absoluteUrl, GLOSSARY_FORMAT_VERSION, GLOSSARY_SCHEMA_PATH, requireSite } from '../lib/glossary.ts';

const SLUG = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } as const;
const TEXT = { type: 'string', minLength: 1 } as const;
const URL_FIELD = { type: 'string', format: 'uri' } as const;
const MAJOR = GLOSSARY_FORMAT_VERSION.split('.')[0]!;

/** JSON Schema (draft 2020-12) of glossary.json; the TypeScript types are `Glossary` in src/lib/glossary.ts. */
function glossarySchema(site: URL) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absoluteUrl(GLOSSARY_SCHEMA_PATH, site),
    title: 'Crypto Derivatives Risk Glossary',
    description:
      'Every term of the glossary with its definition, links, formulas (LaTeX) and worked examples computed by the site’s risk library.',
    type: 'object',
    required: ['version', 'generated', 'terms'],
    additionalProperties: false,
    properties: {
      $schema: { ...URL_FIELD, description: 'URL of this schema.' },
      version: {
        type: 'string',
        pattern: `^${MAJOR}\\.\\d+\\.\\d+$`,
        description: `Version of the format (semver); this schema describes ${MAJOR}.x.`,
      },
      generated: { type: 'string', format: 'date-time', description: 'When the site was built (ISO 8601, UTC).' },
      terms: { type: 'array', items: { $ref: '#/$defs/term' }, description: 'One entry per term page, by slug.' },
    },
    $defs: {
      term: {
        type: 'object',
        required: ['slug', 'title', 'summary', 'url', 'topic', 'aliases', 'related', 'references', 'formulas', 'examples'],
        additionalProperties: false,
        properties: {
          slug: { ...SLUG, description: 'Stable identifier; the page is /terms/<slug>/.' },
          title: TEXT,
          summary: { ...TEXT, description: 'One-sentence definition (also the page’s meta description).' },
          url: { ...URL_FIELD, description: 'Absolute URL of the term page.' },
          topic: { enum: [...TOPICS] },
          aliases: { type: 'array', items: TEXT, description: 'Other names and abbreviations.' },
          related: { type: 'array', items: SLUG, description: 'Slugs of related terms.' },
          references: { type: 'array', minItems: 1, items: { $ref: '#/$defs/reference' } },
          formulas: { type: 'array', items: { $ref: '#/$defs/formula' }, description: 'Formulas in page order.' },
          examples: { type: 'array', items: { $ref: '#/$defs/example' } },
        },
      },
      reference: {
        type: 'object',
        required: ['title', 'url'],
        additionalProperties: false,
        properties: { title: TEXT, url: URL_FIELD, note: { type: 'string' } },
      },
      formula: {
        type: 'object',
        required: ['mode', 'tex'],
        additionalProperties: false,
        properties: {
          mode: { enum: ['display', 'inline'], description: 'display: a block on its own lines; inline: inside a sentence.' },
          tex: { ...TEXT, description: 'LaTeX source as rendered by KaTeX.' },
        },
      },
      example: {
        type: 'object',
        required: ['id', 'title', 'function', 'directCall', 'input', 'result', 'inputsShown', 'outputsShown'],
        additionalProperties: false,
        properties: {
          id: { ...SLUG, description: 'Unique within the term; the page anchor is #example-<id> where the example is shown as a box.' },
          title: TEXT,
          function: { ...TEXT, description: 'Risk-library function (src/risk/index.ts) the example uses.' },
          directCall: {
            type: 'boolean',
            description: 'True when result is exactly function(input): a test vector. False when the page derived result from several calls.',
          },
          input: { $ref: '#/$defs/json', description: 'The library input as passed.' },
          result: { $ref: '#/$defs/json', description: 'The result; an unbounded quantity is the string "Infinity".' },
          inputsShown: { type: 'array', items: { $ref: '#/$defs/shown' } },
          outputsShown: { type: 'array', items: { $ref: '#/$defs/shown' } },
        },
      },
      shown: {
        type: 'object',
        required: ['label', 'text'],
        additionalProperties: false,
        properties: { label: TEXT, text: { type: 'string', description: 'As the page shows it, formatted.' } },
      },
      json: {
        description: 'Any JSON value; numbers are finite ("Infinity" and "-Infinity" stand for unbounded values).',
        type: ['null', 'boolean', 'number', 'string', 'array', 'object'],
      },
    },
  };
}

/** `/glossary.schema.json`. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(glossarySchema(requireSite(site)), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
