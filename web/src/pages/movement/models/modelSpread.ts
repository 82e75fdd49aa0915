import type { ModelRecord } from '../../../api/types';

export interface ModelSpread {
  /** The model it was replicated from, when that model is visible to the user. */
  source?: ModelRecord;
  /** Whether it names a source the user cannot see (a model of another ward). */
  hiddenSource: boolean;
  /** The models replicated from it. */
  replicas: ModelRecord[];
}

/** How models spread ("nhân rộng"), derived from the list: each model's source and its copies. */
export function modelSpread(models: readonly ModelRecord[]): Map<string, ModelSpread> {
  const byId = new Map(models.map((m) => [m.recordId, m]));
  const spread = new Map<string, ModelSpread>(models.map((m) => [m.recordId, { hiddenSource: false, replicas: [] }]));
  for (const model of models) {
    const sourceId = model.fields.replicatedFrom;
    if (!sourceId) continue;
    const source = byId.get(sourceId);
    const line = spread.get(model.recordId)!;
    if (source) {
      line.source = source;
      spread.get(sourceId)!.replicas.push(model);
    } else {
      line.hiddenSource = true;
    }
  }
  for (const line of spread.values()) line.replicas.sort((a, b) => a.fields.startDate.localeCompare(b.fields.startDate));
  return spread;
}

/** Models a model may name as its source: any other model that is not one of its own copies. */
export function possibleSources(models: readonly ModelRecord[], recordId: string | undefined): ModelRecord[] {
  if (!recordId) return [...models];
  const spread = modelSpread(models);
  const descendants = new Set<string>([recordId]);
  const visit = (id: string) => {
    for (const replica of spread.get(id)?.replicas ?? []) {
      if (!descendants.has(replica.recordId)) {
        descendants.add(replica.recordId);
        visit(replica.recordId);
      }
    }
  };
  visit(recordId);
  return models.filter((m) => !descendants.has(m.recordId));
}
