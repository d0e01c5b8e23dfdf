import type ts from 'typescript';
import type { Application } from 'typedoc';

/** One task group of the umbrella's API page, read from packages/pcaq/src/index.ts. */
export interface TaskPlanEntry {
  readonly title: string;
  readonly description: string;
  readonly names: readonly string[];
}

export function registerApiPages(app: Application): void;
export function exportPlan(source: ts.SourceFile): TaskPlanEntry[];
