/**
 * The parts of an .xlsx package, read from its zip before ExcelJS sees it:
 * which parts ExcelJS cannot carry over to the file it writes (charts, pivot
 * tables, macros …) and on which sheet they sit, and a copy of the package
 * that ExcelJS can load when another program wrote absolute part paths
 * (openpyxl writes `Target="/xl/tables/table1.xml"`, which ExcelJS 4.4 cannot
 * resolve: it fails with "Cannot read properties of undefined (reading 'name')").
 */
import JSZip from 'jszip';
import { posix } from 'node:path';

/** Kinds of part ExcelJS drops on a round trip: part name pattern → what the analyst calls it. */
const DROPPED: [RegExp, string][] = [
  [/^xl\/charts\/chart[^/]*\.xml$/i, 'chart'],
  [/^xl\/chartsheets\/[^/]+\.xml$/i, 'chart sheet'],
  [/^xl\/pivotTables\/[^/]+\.xml$/i, 'pivot table'],
  [/^xl\/vbaProject\.bin$/i, 'VBA macros'],
  [/^xl\/threadedComments\/[^/]+\.xml$/i, 'threaded comments'],
  [/^xl\/comments\/[^/]+\.xml$/i, 'comments'],
  [/^xl\/slicers\/[^/]+\.xml$/i, 'slicer'],
  [/^xl\/timelines\/[^/]+\.xml$/i, 'timeline'],
  [/^xl\/externalLinks\/[^/]+\.xml$/i, 'link to another workbook'],
  [/^xl\/(connections\.xml|queryTables\/[^/]+\.xml)$/i, 'data connections and queries'],
  [/^xl\/(ctrlProps|activeX)\/[^/]+$/i, 'form or ActiveX control'],
  [/^xl\/embeddings\/[^/]+$/i, 'embedded object'],
  [/^xl\/model\/[^/]+$/i, 'data model (Power Pivot)'],
  [/^customXml\/item\d+\.xml$/i, 'custom XML part'],
];

/** Kinds ExcelJS normally carries over; they count as lost only when the output has fewer. */
const KEPT: [RegExp, string][] = [
  [/^xl\/comments\d+\.xml$/i, 'comments'],
  [/^xl\/media\/[^/]+$/i, 'image'],
];

/** One kind of part the output will not carry over, with where it sits. */
export interface LostPart {
  kind: string;
  count: number;
  /** Sheet names the parts belong to (empty when not tied to a sheet). */
  sheets: string[];
}

/** What the package holds, for the loss checks. */
export interface PackageInfo {
  /** Every part name (no folders). */
  parts: string[];
  /** Part name → the sheet it belongs to, through worksheet and drawing relationships. */
  sheetOf: Map<string, string>;
  /** Drawing parts holding shapes or text boxes, which ExcelJS never writes. */
  shapeDrawings?: string[];
}

/** True when the zip has the part every workbook has. */
export function isWorkbookPackage(zip: JSZip): boolean {
  return zip.file('xl/workbook.xml') !== null;
}

function relTargets(xml: string): { id: string; type: string; target: string }[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: /\bId="([^"]*)"/.exec(m[0])?.[1] ?? '',
    type: /\bType="([^"]*)"/.exec(m[0])?.[1] ?? '',
    target: /\bTarget="([^"]*)"/.exec(m[0])?.[1] ?? '',
  }));
}

function resolveTarget(relsPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const owner = posix.dirname(posix.dirname(relsPath));
  return posix.normalize(posix.join(owner, target));
}

function relsOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

async function text(zip: JSZip, name: string): Promise<string> {
  return (await zip.file(name)?.async('string')) ?? '';
}

async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const book = await text(zip, 'xl/workbook.xml');
  const rels = relTargets(await text(zip, 'xl/_rels/workbook.xml.rels'));
  const byId = new Map(
    rels.map((r) => [r.id, resolveTarget('xl/_rels/workbook.xml.rels', r.target)]),
  );
  const sheets = new Map<string, string>();
  for (const m of book.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const part = id ? byId.get(id) : undefined;
    if (name && part) sheets.set(part, unescapeXml(name));
  }
  return sheets;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Reads the part list and which sheet each related part belongs to. */
export async function packageInfo(zip: JSZip): Promise<PackageInfo> {
  const parts = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
  const sheetOf = new Map<string, string>();
  for (const [part, sheet] of await sheetParts(zip)) {
    sheetOf.set(part, sheet);
    const queue = [part];
    while (queue.length > 0) {
      const owner = queue.shift() as string;
      const rels = relsOf(owner);
      for (const r of relTargets(await text(zip, rels))) {
        if (/TargetMode="External"/.test(r.type)) continue;
        const target = resolveTarget(rels, r.target);
        if (sheetOf.has(target) || !parts.includes(target)) continue;
        sheetOf.set(target, sheet);
        if (/\/drawings\/[^/]+\.xml$/.test(target)) queue.push(target);
      }
    }
  }
  const shapeDrawings: string[] = [];
  for (const part of parts.filter((p) => /^xl\/drawings\/[^/]+\.xml$/.test(p))) {
    if (/<(?:\w+:)?(sp|grpSp|cxnSp)\b/.test(await text(zip, part))) shapeDrawings.push(part);
  }
  return { parts, sheetOf, shapeDrawings };
}

function group(info: PackageInfo, kinds: [RegExp, string][]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const part of info.parts) {
    const kind = kinds.find(([re]) => re.test(part))?.[1];
    if (kind) found.set(kind, [...(found.get(kind) ?? []), part]);
  }
  return found;
}

function toLost(info: PackageInfo, kind: string, parts: string[], count: number): LostPart {
  const sheets = [
    ...new Set(parts.map((p) => info.sheetOf.get(p)).filter((s): s is string => s !== undefined)),
  ];
  return { kind, count, sheets };
}

/** Parts of the input that ExcelJS never writes back. */
export function droppedParts(input: PackageInfo): LostPart[] {
  const dropped = [...group(input, DROPPED)].map(([kind, parts]) =>
    toLost(input, kind, parts, parts.length),
  );
  const shapes = input.shapeDrawings ?? [];
  if (shapes.length > 0) {
    dropped.push(toLost(input, 'shapes or text boxes', shapes, shapes.length));
  }
  return dropped;
}

/**
 * Everything the output lacks: the parts ExcelJS never writes, plus comments
 * and images when the output holds fewer than the input.
 */
export function lostParts(input: PackageInfo, output: PackageInfo): LostPart[] {
  const fewer = [...group(input, KEPT)].flatMap(([kind, parts]) => {
    const kept = group(output, KEPT).get(kind)?.length ?? 0;
    return kept < parts.length ? [toLost(input, kind, parts, parts.length - kept)] : [];
  });
  return [...droppedParts(input), ...fewer];
}

/** `2 charts and comments (sheet "Dashboard")`, for messages. */
export function describeLost(lost: readonly LostPart[]): string {
  return lost
    .map((l) => {
      const what = /s$|macros|queries|\)$/.test(l.kind) || l.count === 1 ? l.kind : `${l.kind}s`;
      const count = /s$|macros|queries/.test(l.kind) ? '' : `${l.count} `;
      const where = l.sheets.length ? ` (sheet ${l.sheets.map((s) => `"${s}"`).join(', ')})` : '';
      return `${count}${what}${where}`;
    })
    .join('; ');
}

/** Drawing parts ExcelJS cannot parse: it reads only the `xdr:` prefixed form Excel writes. */
async function unreadableDrawings(zip: JSZip): Promise<Set<string>> {
  const found = new Set<string>();
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/drawings\/[^/]+\.xml$/.test(name)) continue;
    const head = (await text(zip, name)).slice(0, 600);
    if (!/<xdr:wsDr\b/.test(head)) found.add(name);
  }
  return found;
}

/** Keeps a relationship ExcelJS can follow, made relative; '' drops it. */
function fixRelationship(rel: string, relsPath: string, unreadable: Set<string>): string {
  const target = /\bTarget="([^"]*)"/.exec(rel)?.[1] ?? '';
  if (/TargetMode="External"/.test(rel)) return rel;
  if (/\/comments"/.test(rel) && !/^(\.\.\/|\/xl\/)comments\d+\.xml$/.test(target)) return '';
  if (unreadable.has(resolveTarget(relsPath, target))) return '';
  if (!target.startsWith('/xl/')) return rel;
  return rel.replace(/\bTarget="\/xl\//, 'Target="../');
}

/** Removes the sheet's `<drawing r:id=…/>` elements whose relationship was dropped. */
async function dropDrawingRefs(zip: JSZip, relsPath: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const sheet = posix.join(
    posix.dirname(posix.dirname(relsPath)),
    posix.basename(relsPath, '.rels'),
  );
  const xml = await text(zip, sheet);
  const fixed = xml.replace(/<(?:\w+:)?drawing\b[^>]*\/>/g, (el) =>
    ids.some((id) => el.includes(`"${id}"`)) ? '' : el,
  );
  zip.file(sheet, fixed);
}

/**
 * Rewrites the package into a form ExcelJS 4.4 can load, for files other
 * programs wrote (openpyxl): absolute relationship targets of worksheets and
 * drawings (`/xl/tables/table1.xml`) become relative (`../tables/table1.xml`);
 * comments stored as `xl/comments/comment1.xml` and drawings without the
 * `xdr:` prefix, which ExcelJS cannot follow, are unlinked. Those parts are
 * listed as lost by `droppedParts`/`lostParts`. Returns null when nothing
 * needed a change.
 */
export async function normalisedForExcelJs(zip: JSZip): Promise<Buffer | null> {
  let changed = false;
  const unreadable = await unreadableDrawings(zip);
  for (const part of unreadable) {
    zip.remove(part);
    zip.remove(relsOf(part));
    changed = true;
  }
  const rels = Object.keys(zip.files).filter((n) =>
    /^xl\/(worksheets|drawings)\/_rels\/[^/]+\.rels$/.test(n),
  );
  for (const name of rels) {
    const xml = await text(zip, name);
    const dropped: string[] = [];
    const fixed = xml.replace(/<Relationship\b[^>]*>/g, (rel) => {
      const kept = fixRelationship(rel, name, unreadable);
      if (kept === '') dropped.push(/\bId="([^"]*)"/.exec(rel)?.[1] ?? '');
      return kept;
    });
    if (fixed === xml) continue;
    zip.file(name, fixed);
    if (name.startsWith('xl/worksheets/')) await dropDrawingRefs(zip, name, dropped);
    changed = true;
  }
  if (!changed) return null;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}
