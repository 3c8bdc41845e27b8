/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nl } from './nl';
import { nlMore } from './nl-more';

/**
 * docs/glossary.md in a test (issue 16): every Dutch text a user reads says "je", never the
 * formal "u"/"uw"; the party that posts an assignment is the "opdrachtgever", never the
 * "plaatser"; quotations use typographic quotes (“…” or ‘…’), never straight ones. The texts come
 * from the SPA's dictionary, the Dutch mail templates, the Keycloak login theme and the Dutch
 * half of the backend's Text.of(en, nl) messages.
 */

/** The repository's root: Vitest runs in frontend/. */
const ROOT = join(process.cwd(), '..');

/** The files under a directory of the repository whose path ends in `suffix`, with their content. */
function filesUnder(directory: string, suffix: string): Record<string, string> {
  const base = join(ROOT, directory);
  return Object.fromEntries(
    readdirSync(base, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith(suffix))
      .sort()
      .map((name) => [`${directory}/${name}`, readFileSync(join(base, name), 'utf8')]),
  );
}

const mailTemplates = filesUnder('backend/src/main/resources/templates/mail', '-nl.txt');
const loginTheme = filesUnder('keycloak/themes', 'messages_nl.properties');
const javaSources = filesUnder('backend/src/main/java', '.java');

interface DutchText {
  where: string;
  text: string;
}

/** A mail template's lines, without Qute's {…} expressions and sections (their quotes are code). */
function mailTexts(): DutchText[] {
  return Object.entries(mailTemplates).flatMap(([file, content]) =>
    content.split('\n').map((line, index) => ({
      where: `${file}:${index + 1}`,
      text: line.replace(/\{[^{}]*\}/g, '{}'),
    })),
  );
}

/** The login theme's messages, as shown: MessageFormat writes an apostrophe as ''. */
function themeTexts(): DutchText[] {
  return Object.entries(loginTheme).flatMap(([file, content]) =>
    content
      .split('\n')
      .filter((line) => line.includes('=') && !line.startsWith('#'))
      .map((line) => ({
        where: `${file}: ${line.slice(0, line.indexOf('='))}`,
        text: line.slice(line.indexOf('=') + 1).replace(/''/g, '’'),
      })),
  );
}

const JAVA_STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const JAVA_CONCAT = `${JAVA_STRING}(?:\\s*\\+\\s*${JAVA_STRING})*`;
const TEXT_OF = new RegExp(`Text\\.of\\(\\s*(${JAVA_CONCAT})\\s*,\\s*(${JAVA_CONCAT})\\s*\\)`, 'g');

/** The Dutch argument of every Text.of(english, dutch) in the backend, joined as Java would. */
function backendTexts(): DutchText[] {
  return Object.entries(javaSources).flatMap(([file, source]) =>
    [...source.matchAll(TEXT_OF)].map((match) => ({
      where: file,
      text: [...(match[2] ?? '').matchAll(new RegExp(JAVA_STRING, 'g'))]
        .map((part) => part[0].slice(1, -1).replace(/\\"/g, '"'))
        .join(''),
    })),
  );
}

function spaTexts(): DutchText[] {
  return Object.entries({ ...nl, ...nlMore }).map(([key, text]) => ({ where: key, text }));
}

const ALL = (): DutchText[] => [...spaTexts(), ...mailTexts(), ...themeTexts(), ...backendTexts()];

/** The formal address as a word: "u", "uw", "U", "Uw" (not inside "uur", "Utrecht" or "u-bocht"). */
const FORMAL = /(?<![\p{L}\p{N}-])(u|uw)(?![\p{L}\p{N}-])/iu;
/** The word decided against (docs/glossary.md): "plaatser", "plaatsers". */
const REJECTED = /(?<!\p{L})plaatsers?(?!\p{L})/iu;
/** A straight double quote, or a pair of straight single quotes around words ('…'). */
const STRAIGHT_QUOTES = /"|(?<![\p{L}\p{N}])'[^'\n]+'(?![\p{L}\p{N}])/u;

function offending(pattern: RegExp): string[] {
  return ALL()
    .filter(({ text }) => pattern.test(text))
    .map(({ where, text }) => `${where}: ${text}`);
}

describe('the Dutch glossary (docs/glossary.md)', () => {
  it('reads every source it checks', () => {
    expect(Object.keys(mailTemplates).length).toBeGreaterThan(20);
    expect(Object.keys(loginTheme)).toHaveLength(1);
    expect(backendTexts().length).toBeGreaterThan(50);
    expect(spaTexts().length).toBeGreaterThan(500);
  });

  it('says "je", never the formal "u" or "uw"', () => {
    expect(offending(FORMAL)).toEqual([]);
  });

  it('calls whoever posts an assignment the "opdrachtgever", never the "plaatser"', () => {
    expect(offending(REJECTED)).toEqual([]);
  });

  it('quotes with typographic quotes, never straight ones', () => {
    expect(offending(STRAIGHT_QUOTES)).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    expect(FORMAL.test('Vul uw naam in.')).toBe(true);
    expect(FORMAL.test('U ontvangt een e-mail.')).toBe(true);
    expect(FORMAL.test('32 uur per week in Utrecht')).toBe(false);
    expect(REJECTED.test('De plaatser krijgt bericht.')).toBe(true);
    expect(REJECTED.test('Opdracht plaatsen')).toBe(false);
    expect(STRAIGHT_QUOTES.test('je reactie op "Scrum master"')).toBe(true);
    expect(STRAIGHT_QUOTES.test("kies 'Ja'")).toBe(true);
    expect(STRAIGHT_QUOTES.test("cv's en foto's, zo'n opdracht")).toBe(false);
    expect(STRAIGHT_QUOTES.test('je reactie op “Scrum master”')).toBe(false);
  });
});
