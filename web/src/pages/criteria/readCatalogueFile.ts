import type { CatalogueContent } from '@antq/domain';
import { fileKindOf, loadSheets } from '../../files/download';
import type { FileProblem } from '../../components/SheetProblems';

export type CatalogueFileResult = { ok: true; content: CatalogueContent } | { ok: false; problems: FileProblem[] };

/** Reads a catalogue from a JSON or XLSX file with the shared sheet rules (same checks as the CLI). */
export async function readCatalogueFile(file: File, wrongFile: string): Promise<CatalogueFileResult> {
  const kind = fileKindOf(file);
  if (!kind) return { ok: false, problems: [{ message: wrongFile }] };
  const sheets = await loadSheets();
  return kind === 'json' ? sheets.catalogueFromJson(await file.text()) : sheets.catalogueFromXlsx(await file.arrayBuffer());
}
