import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { child, descendants, parseXml, type XmlElement } from './xml';

const ROOT = path.resolve(__dirname, '../..');
const manifest = parseXml(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
const officeApp = child(manifest, 'OfficeApp');
const all = descendants(officeApp);
const overrides = child(officeApp, 'VersionOverrides');
const resources = child(overrides, 'Resources');

/** Resource id → DefaultValue, over bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings. */
const defined = new Map(
  descendants(resources)
    .filter((e) => e.attributes.id !== undefined)
    .map((e) => [e.attributes.id, e.attributes.DefaultValue]),
);

function elements(name: string): XmlElement[] {
  return all.filter((e) => e.name === name);
}

function inOrder(names: string[], order: string[]): boolean {
  const positions = names.map((n) => order.indexOf(n));
  return positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]));
}

describe('manifest.xml', () => {
  it('orders the OfficeApp children as the TaskPaneApp schema sequence requires', () => {
    // OfficeApp base type then its TaskPaneApp extension (OfficeAppManifest v1.1 XSD,
    // learn.microsoft.com "OfficeApp complexType").
    const schemaOrder = [
      'Id',
      'AlternateId',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'Dictionary',
      'VersionOverrides',
      'ExtendedOverrides',
    ];
    const names = officeApp.children.map((c) => c.name);
    expect(inOrder(names, schemaOrder)).toBe(true);
    for (const required of [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'DefaultSettings',
      'Permissions',
    ]) {
      expect(names).toContain(required);
    }
  });

  it('orders the host, form factor, custom-function and resource children per schema', () => {
    const host = child(child(overrides, 'Hosts'), 'Host');
    expect(
      inOrder(
        host.children.map((c) => c.name),
        ['Runtimes', 'AllFormFactors', 'DesktopFormFactor', 'MobileFormFactor'],
      ),
    ).toBe(true);
    const desktop = child(host, 'DesktopFormFactor');
    expect(
      inOrder(
        desktop.children.map((c) => c.name).filter((n, i, a) => a.indexOf(n) === i),
        ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
      ),
    ).toBe(true);
    const functions = elements('ExtensionPoint').find(
      (e) => e.attributes['xsi:type'] === 'CustomFunctions',
    );
    expect(functions?.children.map((c) => c.name)).toEqual([
      'Script',
      'Page',
      'Metadata',
      'Namespace',
    ]);
    expect(resources.children.map((c) => c.name)).toEqual([
      'bt:Images',
      'bt:Urls',
      'bt:ShortStrings',
      'bt:LongStrings',
    ]);
  });

  it('defines every resource id it references, each at most 32 characters', () => {
    const referenced = all.map((e) => e.attributes.resid).filter((id) => id !== undefined);
    expect(referenced.length).toBeGreaterThan(10);
    for (const id of referenced) expect(defined.has(id)).toBe(true);
    for (const id of [...defined.keys(), ...referenced]) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('keeps short strings within 125 and long strings within 250 characters', () => {
    const lengths = (group: string) =>
      child(resources, group).children.map((s) => s.attributes.DefaultValue.length);
    for (const n of lengths('bt:ShortStrings')) expect(n).toBeLessThanOrEqual(125);
    for (const n of lengths('bt:LongStrings')) expect(n).toBeLessThanOrEqual(250);
  });

  it('runs task pane and functions in one shared runtime page', () => {
    const runtime = child(child(child(child(overrides, 'Hosts'), 'Host'), 'Runtimes'), 'Runtime');
    expect(runtime.attributes.lifetime).toBe('long');
    const page = elements('Page')[0];
    const pageUrl = child(page, 'SourceLocation').attributes.resid;
    const functionFile = elements('FunctionFile')[0].attributes.resid;
    const taskpane = elements('Action').find((a) => a.attributes['xsi:type'] === 'ShowTaskpane');
    const taskpaneUrl = child(taskpane as XmlElement, 'SourceLocation').attributes.resid;
    expect([runtime.attributes.resid, pageUrl, functionFile]).toEqual([
      taskpaneUrl,
      taskpaneUrl,
      taskpaneUrl,
    ]);
    expect(defined.get(taskpaneUrl)).toBe(
      child(child(officeApp, 'DefaultSettings'), 'SourceLocation').attributes.DefaultValue,
    );
    const sets = descendants(child(officeApp, 'Requirements')).map((s) => s.attributes.Name);
    expect(sets).toContain('SharedRuntime');
  });

  it('registers the custom functions under the namespace LBF', () => {
    const namespace = elements('Namespace')[0].attributes.resid;
    expect(defined.get(namespace)).toBe('LBF');
    const metadata = child(elements('Metadata')[0], 'SourceLocation').attributes.resid;
    expect(defined.get(metadata)).toMatch(/\/functions\.json$/);
  });

  it('asks for ReadWriteDocument only (least privilege to write plans)', () => {
    expect(child(officeApp, 'Permissions').text).toBe('ReadWriteDocument');
    expect(child(child(officeApp, 'Hosts'), 'Host').attributes.Name).toBe('Workbook');
  });

  it('uses https for every URL', () => {
    const urls = [
      ...all.map((e) => e.attributes.DefaultValue).filter((v) => /^\w+:\/\//.test(v ?? '')),
      ...elements('AppDomain').map((e) => e.text),
    ];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it('points every icon at a PNG in assets/ of the declared size', () => {
    const icons = new Map<string, number | undefined>();
    icons.set(child(officeApp, 'IconUrl').attributes.DefaultValue, 32);
    icons.set(child(officeApp, 'HighResolutionIconUrl').attributes.DefaultValue, 64);
    for (const image of child(resources, 'bt:Images').children) {
      icons.set(image.attributes.DefaultValue, Number(/(\d+)x\d+/.exec(image.attributes.id)?.[1]));
    }
    for (const [url, sizePx] of icons) {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      // PNG signature, then IHDR width and height at bytes 16 and 20.
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([sizePx, sizePx]);
    }
  });

  it('serves every localhost URL it names from the production build (npm test builds first)', () => {
    const urls = all
      .map((e) => e.attributes.DefaultValue ?? '')
      .filter((v) => v.startsWith('https://localhost:3000/'));
    expect(urls.length).toBeGreaterThan(8);
    const missing = urls.filter((url) => {
      const file = path.join(ROOT, 'dist/addin', new URL(url).pathname);
      return !existsSync(file);
    });
    expect(missing).toEqual([]);
  });
});
