import JSZip from 'jszip';

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => entities[e]!);

export interface OpenedDocx {
  documentXml: string;
  stylesXml: string;
  /** One line per paragraph, runs joined: what a reader sees, whatever the run boundaries. */
  paragraphs: string[];
}

export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const stylesXml = await zip.file('word/styles.xml')!.async('string');
  const paragraphs = documentXml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join(''))
    .filter((t) => t.length > 0);
  return { documentXml, stylesXml, paragraphs };
}
