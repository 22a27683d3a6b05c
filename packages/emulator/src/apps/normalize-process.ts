import type { ProcessSettings, StateAssignee } from "./app-state.js";

type ProcessInput = {
  enable?: boolean;
  states?: Record<
    string,
    { name?: string; index: string | number; assignee?: Partial<StateAssignee> }
  >;
  actions?: { name: string; from: string; to: string; filterCond?: string; type?: string }[];
};

/** Process settings with kintone's defaults filled in (assignee = creator, PRIMARY actions). */
export function normalizeProcess(
  input: ProcessInput,
  base: ProcessSettings,
  creatorCode: string,
): ProcessSettings {
  const states = input.states
    ? Object.fromEntries(
        Object.entries(input.states).map(([name, state]) => [
          name,
          {
            name,
            index: String(state.index),
            assignee: {
              type: state.assignee?.type ?? "ONE",
              entities: (
                state.assignee?.entities ?? [
                  { entity: { type: "FIELD_ENTITY", code: creatorCode } },
                ]
              ).map((entry) => ({ entity: entry.entity, includeSubs: entry.includeSubs ?? false })),
            },
          },
        ]),
      )
    : base.states;
  const actions = input.actions
    ? input.actions.map((action) => ({
        ...action,
        filterCond: action.filterCond ?? "",
        type: action.type ?? "PRIMARY",
      }))
    : base.actions;
  return { enable: input.enable ?? base.enable, states, actions };
}
